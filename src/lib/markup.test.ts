import { describe, expect, it } from "vitest";
import { el, escapeMarkup, fragment } from "./markup";

describe("markup built as a string", () => {
  it("writes elements, attributes and nested children", () => {
    expect(el("g", { class: "ticks" }, el("line", { x1: 0, x2: "100%" }), el("text", { x: 4.5, "text-anchor": "end" }, "12"))).toEqual({
      __html: "<g class='ticks'><line x1='0' x2='100%'/><text x='4.5' text-anchor='end'>12</text></g>",
    });
  });

  it("leaves out false, null and undefined attributes and writes true as a bare one", () => {
    expect(el("details", { open: true, hidden: false, id: null, title: undefined }).__html).toBe("<details open></details>");
  });

  it("escapes text and attribute values, so a name typed by a user cannot make markup", () => {
    const name = `O'Brien & <script>alert("x")</script>`;
    const html = el("text", { "data-name": name }, name).__html;
    expect(html).toBe(
      "<text data-name='O&#39;Brien &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'>O&#39;Brien &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</text>",
    );
    expect(escapeMarkup("a<b")).toBe("a&lt;b");
  });

  it("refuses tag and attribute names that are not plain names", () => {
    expect(() => el("g onload=x", null)).toThrow();
    expect(() => el("g", { "x onload": "1" })).toThrow();
    expect(() => el("g", { "><script": "1" })).toThrow();
  });

  it("keeps markup it is given as is and flattens lists, skipping empty children", () => {
    const inner = el("rect", { width: 1 });
    expect(fragment([inner, null, [false, "a", 2]], undefined).__html).toBe("<rect width='1'/>a2");
    expect(el("td", null).__html).toBe("<td></td>");
  });
});
