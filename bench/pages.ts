/**
 * Pages: what each main page costs the server and the reader, against `next start` of the
 * current build (it builds nothing: `npm run build` first), on a throwaway PostgreSQL with
 * the demo data and an activity of 50 participants.
 *
 * - Server (bench/pages-load.ts): for each page, CPU ms per request (the server's process
 *   CPU time over the requests), HTML kB, p50/p95 at concurrency 1, 10 and 50; the same for
 *   the floor route (src/app/(app)/bench-floor: the signed-in layout around nothing), and
 *   each page's ratio to the floor. Targets: list and detail pages within 2x the floor, the
 *   grid and the dashboards within 3x; HTML under 100 kB for a list or detail page, the
 *   grid with 50 participants under 150 kB.
 * - Slow link (bench/pages-browser.ts; 400 kbit/s, 400 ms): the programme dashboard's and
 *   the grid's time until main content, charts / score fields are there, the page is
 *   interactive (the grid: a typed score can be saved) and its scripts have run, and the
 *   bytes they transfer. Targets: charts visible and grid interactive within 3 s (the
 *   scripts-run time is printed with no target: the grid saves without them).
 * - First view of each page: JavaScript loaded (< 180 kB) and requests made (prefetches).
 * - 50 users each opening a page of the mix every 5 s: p95 < 300 ms.
 *
 *   npm run build && npm run bench -- pages
 *   BENCH_RUNS=5        slow-link loads per figure (default 3; the median is reported)
 *   BENCH_REQUESTS=2    multiplies the requests per concurrency level (15, 30, 50 by default)
 *   BENCH_MIX_SECONDS   how long the 50 users run (default 30)
 *   BENCH_PARTS=slow,first   only these parts (server, slow, first, mix; default all)
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { findFreePort, scratchDataDir, startEmbeddedPostgres } from "../scripts/lib/embedded-postgres";
import { applyMigrations, projectRoot } from "../scripts/lib/migrations";
import { prismaFor } from "../scripts/lib/prisma";
import { seedDemoData, DEMO_PROGRAMME_CODE } from "../prisma/seed/demo";
import { dashboardSteps, firstLoad, floorSteps, gridSteps, KBIT, RTT_MS, slowLoad, type SlowLoad, type SlowSteps } from "./pages-browser";
import { fetchPage, loadLevel, percentile, userMix, type LevelFigures, type Target } from "./pages-load";
import type { Scenario } from "./run";

const PARTICIPANTS = 50;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SCALE = Number(process.env.BENCH_REQUESTS ?? 1);
const LEVELS = [
  { concurrency: 1, requests: Math.round(15 * SCALE) },
  { concurrency: 10, requests: Math.round(30 * SCALE) },
  { concurrency: 50, requests: Math.max(50, Math.round(50 * SCALE)) },
];
const MIX_SECONDS = Number(process.env.BENCH_MIX_SECONDS ?? 30);
const PARTS = new Set((process.env.BENCH_PARTS ?? "server,slow,first,mix").split(","));
const SECRET = "pages-benchmark-secret-0123456789";
const TARGET = { visibleMs: 3_000, firstLoadJs: 180 * 1024, mixP95: 300 } as const;

/** An activity with 50 BSN participants, scores and feedback filled in as after a workshop; the ids the pages need. */
async function seed(url: string) {
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
    const staff = await prisma.user.findUniqueOrThrow({ where: { email: "staff@example.org" }, select: { id: true } });
    const programme = await prisma.programme.findFirstOrThrow({ where: { code: DEMO_PROGRAMME_CODE }, select: { id: true } });
    return { activityId: activity.id, staffId: staff.id, programmeId: programme.id };
  } finally {
    await prisma.$disconnect();
  }
}

type Kind = "list" | "grid" | "dashboard";
interface PageSpec extends Target {
  kind: Kind;
  /** HTML size target in bytes, if any. */
  htmlMax?: number;
}

function pagesOf(ids: { activityId: string; programmeId: string }, cookie: string): PageSpec[] {
  const kB = 1024;
  return [
    { name: "sign-in", path: "/sign-in", kind: "list" },
    { name: "home (staff)", path: "/", cookie, kind: "list" },
    { name: "programme list", path: "/programmes", cookie, kind: "list", htmlMax: 100 * kB },
    { name: "a programme (CET)", path: `/programmes/${ids.programmeId}`, cookie, kind: "list", htmlMax: 100 * kB },
    { name: `attendance grid (${PARTICIPANTS} rows)`, path: `/activities/${ids.activityId}/participants`, cookie, kind: "grid", htmlMax: 150 * kB },
    { name: "dashboards index", path: "/dashboards", cookie, kind: "dashboard" },
    { name: "programme dashboard (CET)", path: `/dashboards/programme?programmeId=${ids.programmeId}`, cookie, kind: "dashboard" },
    { name: "Action Plan dashboard", path: "/dashboards/action-plan", cookie, kind: "dashboard" },
  ];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} kB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;
const secs = (value: number) => `${(value / 1000).toFixed(2)} s`;
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");
const median = (values: number[]) => percentile(values, 50);

interface ServerRow {
  spec: PageSpec | Target;
  html: number;
  levels: LevelFigures[];
  cpuMs: number;
}

/** Each page (and the floor) warmed up, then loaded at each concurrency. */
async function measureServer(base: string, targets: (PageSpec | Target)[], pgid: number): Promise<ServerRow[]> {
  const rows: ServerRow[] = [];
  for (const spec of targets) {
    for (let i = 0; i < 5; i++) await fetchPage(base, spec);
    const { bytes } = await fetchPage(base, spec);
    const levels: LevelFigures[] = [];
    for (const level of LEVELS) levels.push(await loadLevel(base, spec, level.concurrency, level.requests, pgid));
    const requests = levels.reduce((n, l) => n + l.requests, 0);
    const cpuMs = levels.reduce((sum, l) => sum + l.cpuMs * l.requests, 0) / requests;
    rows.push({ spec, html: bytes, levels, cpuMs });
    console.log(`  measured ${spec.name}`);
  }
  return rows;
}

/** The server table: CPU per request and its ratio to the floor, HTML, latency per concurrency, with PASS/FAIL. */
function printServer(rows: ServerRow[], floor: ServerRow): boolean {
  let ok = true;
  console.log("");
  console.log(`${"page".padEnd(30)} ${"CPU/req".padStart(8)} ${"x floor".padStart(8)} ${"target".padStart(7)} ${"HTML".padStart(7)} ${"target".padStart(8)}   p50/p95 at c=1 | c=10 | c=50`);
  for (const row of [floor, ...rows]) {
    const spec = row.spec as Partial<PageSpec>;
    const isFloor = row === floor;
    const ratio = row.cpuMs / floor.cpuMs;
    const maxRatio = spec.kind === "list" ? 2 : 3;
    const cpuOk = isFloor || ratio <= maxRatio;
    const htmlOk = spec.htmlMax === undefined || row.html < spec.htmlMax;
    ok &&= cpuOk && htmlOk;
    const latency = row.levels.map((l) => `${l.p50.toFixed(0)}/${l.p95.toFixed(0)}`).join(" | ");
    console.log(
      `${row.spec.name.padEnd(30)} ${ms(row.cpuMs).padStart(8)} ${(isFloor ? "1.0" : ratio.toFixed(1)).padStart(8)} ${(isFloor ? "" : `<=${maxRatio}x`).padStart(7)} ${kb(row.html).padStart(7)} ${(spec.htmlMax ? `<${kb(spec.htmlMax)}` : "").padStart(8)}   ${latency} ms` +
        (isFloor ? "" : `   ${verdict(cpuOk)}${spec.htmlMax ? ` ${verdict(htmlOk)}` : ""}`),
    );
  }
  return ok;
}

/**
 * The slow-link figures of the programme dashboard and the grid (median of RUNS cold loads after
 * one unmeasured), and of the floor route, whose scripts are only the framework's and the
 * layout's: no page can be interactive sooner, so it is printed as the reference, with no target.
 */
async function measureSlowLink(browser: Browser, base: string, cookie: string, pages: PageSpec[], floor: Target): Promise<boolean> {
  let ok = true;
  console.log("");
  console.log(`slow link, ${KBIT} kbit/s, ${RTT_MS} ms (median of ${RUNS})   content    charts/fields   interactive   scripts run   transferred   target (visible / interactive < ${secs(TARGET.visibleMs)})`);
  const measured: [PageSpec | Target, SlowSteps][] = [
    [floor, floorSteps],
    [pages.find((p) => p.name.startsWith("programme dashboard"))!, dashboardSteps],
    [pages.find((p) => p.kind === "grid")!, gridSteps],
  ];
  for (const [spec, steps] of measured) {
    await slowLoad(browser, base, cookie, spec.path, steps);
    const loads: SlowLoad[] = [];
    for (let i = 0; i < RUNS; i++) loads.push(await slowLoad(browser, base, cookie, spec.path, steps));
    const content = median(loads.map((l) => l.contentMs));
    const visible = median(loads.map((l) => l.visibleMs));
    const interactive = median(loads.map((l) => l.interactiveMs));
    const scripts = median(loads.map((l) => l.scriptsMs));
    // The dashboard is for reading: its charts must show in time. The grid is for typing: a typed score must be savable.
    const kind = "kind" in spec ? spec.kind : undefined;
    const pass = (kind === "grid" ? interactive : visible) < TARGET.visibleMs;
    if (kind) ok &&= pass;
    const bytes = median(loads.map((l) => l.traffic.bytes));
    console.log(`  ${spec.name.padEnd(44)} ${secs(content).padStart(7)} ${(kind ? secs(visible) : "").padStart(12)} ${secs(interactive).padStart(13)} ${secs(scripts).padStart(13)} ${kb(bytes).padStart(13)}   ${kind ? verdict(pass) : "(reference)"}`);
    const types = [...new Set(loads.flatMap((l) => Object.keys(l.traffic.byType)))];
    console.log(`    ${types.map((t) => `${t} ${kb(median(loads.map((l) => l.traffic.byType[t] ?? 0)))}`).join(", ")}`);
  }
  return ok;
}

/** Each page's first view on an open link: JavaScript (compressed), and requests made once loaded. */
async function measureFirstLoad(browser: Browser, base: string, pages: PageSpec[]): Promise<boolean> {
  let ok = true;
  console.log("");
  console.log(`first view (cache empty)               JavaScript   target     requests (of which prefetches)`);
  for (const spec of pages) {
    const traffic = await firstLoad(browser, base, spec.cookie, spec.path);
    const js = traffic.byType.Script ?? 0;
    const pass = js < TARGET.firstLoadJs;
    ok &&= pass;
    console.log(`  ${spec.name.padEnd(36)} ${kb(js).padStart(10)}   < ${kb(TARGET.firstLoadJs)}   ${String(traffic.requests).padStart(4)} (${traffic.prefetches})   ${verdict(pass)}`);
  }
  return ok;
}

async function measureMix(base: string, pages: PageSpec[]): Promise<boolean> {
  const mix = pages.filter((p) => p.cookie);
  const times = await userMix(base, mix, 50, 5_000, MIX_SECONDS);
  const p95 = percentile(times, 95);
  const pass = p95 < TARGET.mixP95;
  console.log("");
  console.log(`50 users, each opening a page every 5 s for ${MIX_SECONDS} s (${mix.map((p) => p.name).join(", ")}):`);
  console.log(`  ${times.length} requests, p50 ${ms(percentile(times, 50))}, p95 ${ms(p95)}   target p95 < ${ms(TARGET.mixP95)}   ${verdict(pass)}`);
  return pass;
}

/** `next start` of the current build (scripts/serve.mjs, as the end-to-end tests run it), in its own process group. */
async function startApp(url: string) {
  const port = await findFreePort(3600 + Math.floor(Math.random() * 200));
  mkdirSync(path.join(projectRoot, ".data"), { recursive: true });
  const app = spawn("flock", [path.join(projectRoot, ".data/bench-pages.lock"), process.execPath, path.join(projectRoot, "scripts/serve.mjs"), "-p", String(port)], {
    cwd: projectRoot,
    stdio: "ignore",
    detached: true,
    env: { ...process.env, DATABASE_URL: url, AUTH_SECRET: SECRET, AUTH_TRUST_HOST: "true", NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", BENCH_FLOOR: "1" },
  });
  const base = `http://localhost:${port}`;
  for (let i = 0; !(await fetch(`${base}/api/health`).then((r) => r.ok, () => false)); i++) {
    if (i > 600) throw new Error("next start did not answer within 10 minutes");
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return { app, base };
}

export const scenario: Scenario = {
  description: "each main page against the floor route of the same build: CPU, HTML, latency, the slow link, first-load JavaScript, 50 users",
  async run() {
    if (!existsSync(path.join(projectRoot, ".next/BUILD_ID"))) {
      console.log("No build: run `npm run build` first.");
      return false;
    }
    const server = await startEmbeddedPostgres({ dataDir: scratchDataDir("pg-bench-pages"), port: await findFreePort(56800 + Math.floor(Math.random() * 200)), persistent: false });
    let app: ReturnType<typeof spawn> | null = null;
    let browser: Browser | null = null;
    try {
      const url = server.urlFor("postgres");
      await applyMigrations(url);
      const ids = await seed(url);
      const started = await startApp(url);
      app = started.app;
      const now = Math.floor(Date.now() / 1000);
      const cookie = await encode({ token: { sub: ids.staffId, uid: ids.staffId, signedInAt: now }, secret: SECRET, salt: "authjs.session-token", maxAge: 3600 });
      const pages = pagesOf(ids, cookie);
      const floor: Target = { name: "floor (signed-in layout)", path: "/bench-floor", cookie };
      let serverOk = true;
      if (PARTS.has("server")) {
        const [floorRow, ...rows] = await measureServer(started.base, [floor, ...pages], app.pid!);
        serverOk = printServer(rows, floorRow!);
      }
      browser = await chromium.launch({
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic"],
      });
      const slowOk = !PARTS.has("slow") || (await measureSlowLink(browser, started.base, cookie, pages, floor));
      const jsOk = !PARTS.has("first") || (await measureFirstLoad(browser, started.base, pages));
      const mixOk = !PARTS.has("mix") || (await measureMix(started.base, pages));
      return serverOk && slowOk && jsOk && mixOk;
    } finally {
      await browser?.close();
      if (app?.pid) process.kill(-app.pid, "SIGTERM");
      await server.stop();
    }
  },
};
