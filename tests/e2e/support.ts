import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import { expect, type Browser, type Cookie, type Locator, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-Password-2026";

export const users = {
  admin: "admin@example.org",
  staff: "staff@example.org",
  focalBsn: "focal.bsn@example.org",
  focalTisi: "focal.tisi@example.org",
  donorDfat: "donor.dfat@example.org",
  donorSida: "donor.sida@example.org",
} as const;

/** Signs in through the real form and waits for the home page. */
export async function signInWithForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toBeVisible();
}

/** Each account's session cookie from its first sign-in in this worker, by email and password. */
const sessions = new Map<string, Cookie[]>();

/**
 * Signs in and waits for the home page. The first sign-in of an account goes through the
 * form; later ones reuse its session cookie, which saves the sign-in page and the password
 * check in every test. A session the app no longer accepts (a changed password, a deactivated
 * account) lands on the sign-in page, and the form is used again.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  const key = `${email}\n${password}`;
  const cookies = sessions.get(key);
  if (cookies) {
    await page.context().addCookies(cookies);
    await page.goto("/");
    if (!new URL(page.url()).pathname.startsWith("/sign-in")) {
      await expect(page.getByTestId("current-user")).toBeVisible();
      return;
    }
    sessions.delete(key);
  }
  await signInWithForm(page, email, password);
  sessions.set(key, (await page.context().cookies()).filter((cookie) => cookie.name.endsWith("authjs.session-token")));
}

// axe-core run in the page itself: @axe-core/playwright's analyze() finishes every scan in a
// fresh blank page, which tripled the time of the 140-odd scans of the end-to-end suite.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Fails on any serious or critical accessibility violation of the page as it is now. */
export async function expectAccessible(page: Page) {
  // The <title> comes from generateMetadata, which Next.js streams: after a navigation to
  // a page without a loading state, the content can be on screen a moment before it. Wait
  // for it (a page that never gets one still fails here), then scan.
  await expect(page).toHaveTitle(/\S/);
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } };
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  });
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/** A page of its own (a fresh browser context) signed in as `email`: for tests where several people act. */
export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

/** Selects the option whose text starts with `prefix`. */
export async function selectStartingWith(select: Locator, prefix: string) {
  const value = await select.locator("option").filter({ hasText: prefix }).first().getAttribute("value");
  expect(value, `an option starting with ${prefix}`).toBeTruthy();
  await select.selectOption(value!);
}

/** The smallest file that starts like a PDF: evidence uploads check a file's first bytes. */
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

const GRID_ROLES = { Attendance: "combobox", Role: "combobox", Completed: "checkbox", "Pre-test": "spinbutton", "Post-test": "spinbutton", Satisfaction: "combobox", Feedback: "textbox", Testimonial: "textbox" } as const;
export type GridFieldName = keyof typeof GRID_ROLES;

/**
 * A field of the attendance grid by the name a screen reader gives it, "<field>: <person>":
 * the column's text and the row's name, joined by `aria-labelledby` (getByLabel would match
 * each of the two texts apart, never the name they make together). Folded feedback boxes count.
 */
export const gridField = (scope: Page | Locator, field: GridFieldName, name: string) =>
  scope.getByRole(GRID_ROLES[field], { name: `${field}: ${name}`, exact: true, includeHidden: true });
