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

test("the programme dashboard's charts show before any script file has loaded, hidden from assistive technology, their tables beside them", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, users.staff);
  // No script file arrives (the page's own inline scripts, which reveal the streamed content, still run).
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  await page.goto("/dashboards/programme");
  const status = page.locator("figure", { hasText: "Activities by status (bar chart)" });
  const chart = status.locator(".chart");
  await expect(chart).toHaveAttribute("aria-hidden", "true");
  // A bar (bars are grouped by series, which carries their fill).
  await expect(chart.locator("svg.chart-surface > g > rect").first()).toBeVisible();
  await expect(chart.locator(".chart-x-ticks text", { hasText: "Completed" }).filter({ visible: true })).toHaveCount(1);
  await expect(status.locator("table")).toHaveCount(1);
  // Slanted names stay inside the phone's width.
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
});
