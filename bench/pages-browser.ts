/**
 * The browser side of the pages benchmark (bench/pages.ts), in real Chromium (Playwright):
 * a page opened cold on a slow link throttled through the Chrome DevTools Protocol (400
 * kbit/s each way, 400 ms round trips, cache empty), and the JavaScript a page loads on its
 * first view, with the requests it makes once loaded (prefetches included).
 */
import type { Browser, Page } from "@playwright/test";

export const KBIT = 400;
export const RTT_MS = 400;

export interface Traffic {
  bytes: number;
  /** Bytes by kind of response: Document, Script, Stylesheet, Font… */
  byType: Record<string, number>;
  requests: number;
  /** Requests for other pages made ahead of a click (Next.js's router prefetches). */
  prefetches: number;
}

/** A fresh context signed in with the cookie (or not), its page, and the traffic it records through CDP. */
export async function openContext(browser: Browser, base: string, cookie: string | undefined, throttled: boolean) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  if (cookie) await context.addCookies([{ name: "authjs.session-token", value: cookie, url: base }]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (throttled) {
    const throughput = (KBIT * 1000) / 8; // bytes per second
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: RTT_MS, downloadThroughput: throughput, uploadThroughput: throughput });
  }
  const traffic: Traffic = { bytes: 0, byType: {}, requests: 0, prefetches: 0 };
  const types = new Map<string, string>();
  cdp.on("Network.requestWillBeSent", (event) => {
    traffic.requests++;
    const headers = event.request.headers;
    if (headers["Next-Router-Prefetch"] ?? headers["next-router-prefetch"] ?? headers["Next-Router-Segment-Prefetch"] ?? headers["next-router-segment-prefetch"]) traffic.prefetches++;
  });
  cdp.on("Network.responseReceived", (event) => types.set(event.requestId, event.type));
  cdp.on("Network.loadingFinished", (event) => {
    const type = types.get(event.requestId) ?? "Other";
    traffic.bytes += event.encodedDataLength;
    traffic.byType[type] = (traffic.byType[type] ?? 0) + event.encodedDataLength;
  });
  return { context, page, traffic };
}

export interface SlowLoad {
  /** The page's main content is on screen. */
  contentMs: number;
  /** The charts (dashboard) or the score fields (grid) are on screen. */
  visibleMs: number;
  /** The page does what it is for: the grid can save a typed score; a dashboard has fired `load`. */
  interactiveMs: number;
  /** The page's scripts have run: the grid counts a typed score as a change (a dashboard: as interactiveMs). */
  scriptsMs: number;
  traffic: Traffic;
}

/** What a slow load waits for, in order; `scripts` only where it comes after `interactive`. */
export interface SlowSteps {
  content?: (page: Page) => Promise<void>;
  visible: (page: Page) => Promise<void>;
  interactive: (page: Page) => Promise<void>;
  scripts?: (page: Page) => Promise<void>;
}

/** One cold load of a page on the slow link. `ready` waits for what the page is for; resolves to its time from the request. */
export async function slowLoad(
  browser: Browser,
  base: string,
  cookie: string,
  path: string,
  steps: SlowSteps,
): Promise<SlowLoad> {
  const { context, page, traffic } = await openContext(browser, base, cookie, true);
  try {
    const start = performance.now();
    await page.goto(`${base}${path}`, { waitUntil: "commit" });
    await (steps.content ?? ((p: Page) => p.locator("main h1").first().waitFor({ timeout: 60_000 })))(page);
    const contentMs = performance.now() - start;
    await steps.visible(page);
    const visibleMs = performance.now() - start;
    await steps.interactive(page);
    const interactiveMs = performance.now() - start;
    if (steps.scripts) await steps.scripts(page);
    const scriptsMs = steps.scripts ? performance.now() - start : interactiveMs;
    return { contentMs, visibleMs, interactiveMs, scriptsMs, traffic };
  } finally {
    await context.close();
  }
}

// The first row's post-test score, by the name screen readers give it (its column's text and the row's name).
const postTest = (page: Page) => page.getByRole("spinbutton", { name: "Post-test: Peserta Bench 01", exact: true });

/**
 * The grid: a score typed as soon as the field shows can be saved at once (Save is enabled: the
 * browser posts the form itself until the script runs, proven by tests/e2e/attendance.spec.ts),
 * is kept, and counts as a change once the script runs.
 */
export const gridSteps: SlowSteps = {
  visible: async (page: Page) => {
    await postTest(page).fill("99", { timeout: 60_000 });
  },
  interactive: async (page: Page) => {
    await page.getByTestId("save-bar").locator("button[type=submit]:enabled").waitFor({ timeout: 60_000 });
    if ((await postTest(page).inputValue()) !== "99") throw new Error("The typed score did not stay in its field.");
  },
  scripts: async (page: Page) => {
    await page.locator("form[data-ready]").waitFor({ timeout: 60_000 });
    await page.getByTestId("unsaved-count").filter({ hasText: "1 row with unsaved changes" }).waitFor({ timeout: 60_000 });
    if ((await postTest(page).inputValue()) !== "99") throw new Error("The score typed before the script ran was lost.");
  },
};

/**
 * The floor route (the signed-in layout around an empty page): what every page pays on the
 * slow link before its own content and code, the framework's and the layout's scripts run.
 */
export const floorSteps: SlowSteps = {
  content: async (page: Page) => {
    await page.getByTestId("bench-floor").waitFor({ state: "attached", timeout: 60_000 });
  },
  visible: async () => undefined,
  interactive: async (page: Page) => {
    await page.waitForLoadState("load", { timeout: 60_000 });
  },
};

/** A dashboard: its first chart drawn; then every script loaded and run (the `load` event). */
export const dashboardSteps: SlowSteps = {
  visible: async (page: Page) => {
    await page.locator("figure .chart svg").first().waitFor({ state: "visible", timeout: 60_000 });
  },
  interactive: async (page: Page) => {
    await page.waitForLoadState("load", { timeout: 60_000 });
  },
};

/** A page's first view on an open link: the JavaScript it loads (compressed, as sent), and the requests made until a second passes without any. */
export async function firstLoad(browser: Browser, base: string, cookie: string | undefined, path: string): Promise<Traffic> {
  const { context, page, traffic } = await openContext(browser, base, cookie, false);
  try {
    await page.goto(`${base}${path}`, { waitUntil: "load" });
    await page.waitForLoadState("networkidle", { timeout: 30_000 }).catch(() => undefined);
    await page.waitForTimeout(1000);
    return traffic;
  } finally {
    await context.close();
  }
}
