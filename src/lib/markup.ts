/*
 * Markup written as a string, for large blocks the server draws once and nothing in the
 * browser touches: the dashboards' charts and data tables. Rendered by React, each of their
 * hundreds of elements costs a React element, a place in the page's React payload and a
 * pass of the HTML renderer; as one string it is one prop (`dangerouslySetInnerHTML`) that
 * React copies into the HTML and the payload. Every text and attribute value is escaped here,
 * and tag and attribute names are checked, so data (names typed by users) cannot make markup.
 *
 *   <div className="chart" dangerouslySetInnerHTML={el("svg", { width: "100%" }, el("rect", { x: 1 }))} />
 */

/** Built markup, in the shape `dangerouslySetInnerHTML` takes. */
export interface Markup {
  readonly __html: string;
}

export type AttrValue = string | number | boolean | null | undefined;
export type Child = Markup | string | number | null | undefined | false | readonly Child[];

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;
/** Elements written `<rect … />` when they have no content (SVG shapes; any element may be self-closed inside SVG). */
const SELF_CLOSING = new Set(["rect", "line", "path", "circle", "polygon", "polyline", "use", "stop"]);

/** Text made safe as element content or as an attribute value (either quote). */
export const escapeMarkup = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

const isMarkup = (child: unknown): child is Markup => typeof child === "object" && child !== null && "__html" in child;

function checkName(name: string) {
  if (!NAME.test(name)) throw new Error(`Not a markup name: ${JSON.stringify(name)}`);
  return name;
}

function write(child: Child, out: string[]) {
  if (child === null || child === undefined || child === false) return;
  if (isMarkup(child)) out.push(child.__html);
  else if (Array.isArray(child)) for (const c of child as readonly Child[]) write(c, out);
  else out.push(escapeMarkup(String(child)));
}

/** Children joined into one piece of markup (text escaped). */
export function fragment(...children: Child[]): Markup {
  const out: string[] = [];
  for (const child of children) write(child, out);
  return { __html: out.join("") };
}

/**
 * An element: `attrs` written with single quotes (they need no escaping in the page's
 * JSON payload), `true` as a bare attribute, `false`, null and undefined left out.
 */
export function el(tag: string, attrs: Record<string, AttrValue> | null, ...children: Child[]): Markup {
  let open = `<${checkName(tag)}`;
  for (const name in attrs) {
    const value = attrs[name];
    if (value === null || value === undefined || value === false) continue;
    open += value === true ? ` ${checkName(name)}` : ` ${checkName(name)}='${escapeMarkup(String(value))}'`;
  }
  const inner = fragment(...children).__html;
  if (inner === "" && SELF_CLOSING.has(tag)) return { __html: `${open}/>` };
  return { __html: `${open}>${inner}</${tag}>` };
}
