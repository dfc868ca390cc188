/**
 * Pages on a slow link: the attendance grid of an activity with 50 participants, opened in
 * real Chromium (Playwright) against `next start` of the current build, with the network
 * throttled through the Chrome DevTools Protocol to 400 kbit/s each way and 400 ms round
 * trips, the browser cache empty. Measured: the time from the request until a score can be
 * typed into the grid (the field is on screen; what is typed before the page's script runs
 * is kept and counted once it does), the time until the typed score counts as an unsaved
 * change, and the bytes the first view transfers (every response, compressed as sent).
 * Targets: input within 3 s; first view under 200 kB.
 *
 *   npm run build && npm run bench -- pages
 *   BENCH_RUNS=5 …   page loads per figure (default 3; the median is reported)
 *
 * `next start` runs under /tmp/e2e.lock, so no build replaces .next meanwhile.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { findFreePort, scratchDataDir, startEmbeddedPostgres } from "../scripts/lib/embedded-postgres";
import { applyMigrations, projectRoot } from "../scripts/lib/migrations";
import { prismaFor } from "../scripts/lib/prisma";
import { seedDemoData } from "../prisma/seed/demo";
import type { Scenario } from "./run";

const PARTICIPANTS = 50;
const KBIT = 400;
const RTT_MS = 400;
const TARGET_INPUT_MS = 3_000;
const TARGET_BYTES = 200 * 1024;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SECRET = "pages-benchmark-secret-0123456789";

/** An activity of BSN's with 50 BSN participants, scores and feedback filled in as after a workshop. */
async function seedGrid(url: string) {
  const prisma = prismaFor(url);
  try {
    await seedDemoData(prisma);
    const bsn = await prisma.organization.findFirstOrThrow({ where: { acronym: "BSN", kind: "NSB" }, select: { id: true, countryCode: true } });
    const template = await prisma.activity.findFirstOrThrow({ where: { status: "COMPLETED", targetNsbs: { some: { organizationId: bsn.id } } } });
    const fields = Object.fromEntries(Object.entries(template).filter(([key]) => !["id", "version", "createdAt", "updatedAt"].includes(key))) as Omit<typeof template, "id" | "version" | "createdAt" | "updatedAt">;
    const activity = await prisma.activity.create({ data: { ...fields, title: "Bench: workshop with 50 participants", targetNsbs: { create: { organizationId: bsn.id } } } });
    const sexes = ["FEMALE", "MALE"] as const;
    for (let i = 0; i < PARTICIPANTS; i++) {
      const person = await prisma.participant.create({
        data: {
          fullName: `Peserta Bench ${String(i + 1).padStart(2, "0")}`, normalizedName: `peserta bench ${i + 1}`, email: `bench.${i}@example.test`,
          sex: sexes[i % 2]!, ageBand: "AGE_35_44", stakeholderGroup: "INDUSTRY", organizationName: "PT Contoh Industri", organizationId: bsn.id, countryCode: bsn.countryCode,
        },
      });
      await prisma.participation.create({
        data: {
          activityId: activity.id, participantId: person.id, attendance: i % 7 === 0 ? "NO_SHOW" : "ATTENDED", completed: i % 7 !== 0,
          preTestScore: 40 + (i % 30), postTestScore: 60 + (i % 35), satisfaction: 1 + (i % 5),
          feedback: i % 3 === 0 ? "Clear examples; more time for the exercises would help." : "",
        },
      });
    }
    const focal = await prisma.user.findUniqueOrThrow({ where: { email: "focal.bsn@example.org" }, select: { id: true } });
    return { activityId: activity.id, userId: focal.id };
  } finally {
    await prisma.$disconnect();
  }
}

interface Load {
  /** The field is on screen and takes typing; what is typed is kept (see the grid's first effect). */
  inputMs: number;
  /** The page's script has run: the typed score counts as an unsaved change. */
  liveMs: number;
  bytes: number;
  /** Bytes by kind of response: Document, Script, Stylesheet, Font… */
  byType: Record<string, number>;
}

/** One cold load of the grid on the throttled link, in a fresh browser context. */
async function loadGrid(browser: Browser, base: string, cookie: string, activityId: string): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    await context.addCookies([{ name: "authjs.session-token", value: cookie, url: base }]);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const throughput = (KBIT * 1000) / 8; // bytes per second
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: RTT_MS, downloadThroughput: throughput, uploadThroughput: throughput });
    let bytes = 0;
    const byType: Record<string, number> = {};
    const urls = new Map<string, { url: string; type: string }>();
    const sizes: { url: string; bytes: number }[] = [];
    cdp.on("Network.responseReceived", (event) => urls.set(event.requestId, { url: event.response.url, type: event.type }));
    cdp.on("Network.loadingFinished", (event) => {
      bytes += event.encodedDataLength;
      const response = urls.get(event.requestId);
      const type = response?.type ?? "Other";
      byType[type] = (byType[type] ?? 0) + event.encodedDataLength;
      sizes.push({ url: response?.url ?? event.requestId, bytes: event.encodedDataLength });
    });
    const start = performance.now();
    await page.goto(`${base}/activities/${activityId}/participants`, { waitUntil: "commit" });
    const field = page.getByLabel("Post-test: Peserta Bench 01");
    await field.fill("99", { timeout: 60_000 });
    const inputMs = performance.now() - start;
    await page.locator("form[data-ready]").waitFor({ timeout: 60_000 });
    await page.getByTestId("unsaved-count").filter({ hasText: "1 row with unsaved changes" }).waitFor({ timeout: 60_000 });
    const liveMs = performance.now() - start;
    if ((await field.inputValue()) !== "99") throw new Error("The score typed before the script ran was lost.");
    if (process.env.BENCH_VERBOSE) for (const s of sizes.sort((a, b) => b.bytes - a.bytes)) console.log(`  ${kb(s.bytes).padStart(8)}  ${s.url.replace(base, "")}`);
    return { inputMs, liveMs, bytes, byType };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
function kb(bytes: number) {
  return `${(bytes / 1024).toFixed(0)} kB`;
}

export const scenario: Scenario = {
  description: `the attendance grid with ${PARTICIPANTS} participants on a ${KBIT} kbit/s link with ${RTT_MS} ms round trips (targets: input within ${TARGET_INPUT_MS / 1000} s, first view under ${kb(TARGET_BYTES)})`,
  async run() {
    if (!existsSync(path.join(projectRoot, ".next/BUILD_ID"))) {
      console.log("No build: run `npm run build` first.");
      return false;
    }
    const server = await startEmbeddedPostgres({ dataDir: scratchDataDir("pg-bench-pages"), port: await findFreePort(56800 + Math.floor(Math.random() * 200)), persistent: false });
    const port = await findFreePort(3600 + Math.floor(Math.random() * 200));
    let app: ReturnType<typeof spawn> | null = null;
    let browser: Browser | null = null;
    try {
      const url = server.urlFor("postgres");
      await applyMigrations(url);
      const { activityId, userId } = await seedGrid(url);
      app = spawn("flock", ["/tmp/e2e.lock", path.join(projectRoot, "node_modules/.bin/next"), "start", "-p", String(port)], {
        cwd: projectRoot,
        stdio: "ignore",
        detached: true,
        env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: SECRET, AUTH_TRUST_HOST: "true", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
      });
      const base = `http://localhost:${port}`;
      for (let i = 0; !(await fetch(`${base}/api/health`).then((r) => r.ok, () => false)); i++) {
        if (i > 600) throw new Error("next start did not answer within 10 minutes");
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
      const now = Math.floor(Date.now() / 1000);
      const cookie = await encode({ token: { sub: userId, uid: userId, signedInAt: now }, secret: SECRET, salt: "authjs.session-token", maxAge: 3600 });
      browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
      });
      await loadGrid(browser, base, cookie, activityId); // the server's first render of the page, not the link's
      const loads: Load[] = [];
      for (let i = 0; i < RUNS; i++) loads.push(await loadGrid(browser, base, cookie, activityId));
      const inputMs = median(loads.map((l) => l.inputMs));
      const liveMs = median(loads.map((l) => l.liveMs));
      const bytes = median(loads.map((l) => l.bytes));
      const types = [...new Set(loads.flatMap((l) => Object.keys(l.byType)))];
      const inputOk = inputMs < TARGET_INPUT_MS;
      const bytesOk = bytes < TARGET_BYTES;
      console.log("");
      console.log(`page                                      figure (median of ${RUNS})      target  result`);
      console.log(`attendance grid, ${PARTICIPANTS} rows: accepts input   ${`${(inputMs / 1000).toFixed(2)} s`.padStart(10)}   < ${(TARGET_INPUT_MS / 1000).toFixed(1)} s    ${inputOk ? "PASS" : "FAIL"}`);
      console.log(`attendance grid, ${PARTICIPANTS} rows: first view      ${kb(bytes).padStart(10)}   < ${kb(TARGET_BYTES)}  ${bytesOk ? "PASS" : "FAIL"}`);
      console.log(`  the typed score counted as a change     ${`${(liveMs / 1000).toFixed(2)} s`.padStart(10)}   (the script has run)`);
      for (const type of types) console.log(`  of which ${type.padEnd(30)} ${kb(median(loads.map((l) => l.byType[type] ?? 0))).padStart(10)}`);
      return inputOk && bytesOk;
    } finally {
      await browser?.close();
      if (app?.pid) process.kill(-app.pid, "SIGTERM");
      await server.stop();
    }
  },
};
