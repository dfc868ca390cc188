import { expect, test, type Page } from "@playwright/test";
import { signIn, users } from "./support";

// Light on a slow link: charts that need no script, links that fetch a page only when the
// reader reaches for them.

/** Requests for other pages made ahead of a click (Next.js's router prefetches). */
function countPrefetches(page: Page) {
  const seen: string[] = [];
  page.on("request", (request) => {
    const headers = request.headers();
    if (headers["next-router-prefetch"] || headers["next-router-segment-prefetch"]) seen.push(request.url());
  });
  return seen;
}

test("a list fetches no page ahead until a link is pointed at, then that one", async ({ page }) => {
  await signIn(page, users.staff);
  const prefetches = countPrefetches(page);
  await page.goto("/programmes");
  const link = page.getByRole("main").getByRole("link", { name: /Critical and Emerging Technologies/ }).first();
  await expect(link).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(prefetches).toEqual([]);

  const href = (await link.getAttribute("href"))!;
  await link.hover();
  await expect.poll(() => prefetches.some((url) => new URL(url).pathname === href)).toBe(true);
});

test.describe("without JavaScript", () => {
  test("the programme dashboard's charts are there, hidden from assistive technology, their tables beside them", async ({ browser }) => {
    const signedIn = await browser.newContext();
    const page = await signedIn.newPage();
    await signIn(page, users.staff);
    const noScript = await browser.newContext({ javaScriptEnabled: false, storageState: await signedIn.storageState(), viewport: { width: 390, height: 844 } });
    const bare = await noScript.newPage();
    await bare.goto("/dashboards/programme");
    const status = bare.locator("figure", { hasText: "Activities by status (bar chart)" });
    const chart = status.locator(".chart");
    await expect(chart).toHaveAttribute("aria-hidden", "true");
    await expect(chart.locator("svg rect").first()).toBeVisible();
    await expect(chart.locator(".chart-x-ticks text", { hasText: "Completed" }).filter({ visible: true })).toHaveCount(1);
    await expect(status.locator("table")).toHaveCount(1);
    await signedIn.close();
    await noScript.close();
  });
});
