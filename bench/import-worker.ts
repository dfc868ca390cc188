/**
 * The measured side of the import benchmark, in a process of its own (like an app server):
 * it loads the app's server functions against DATABASE_URL and runs the steps, reporting
 * one JSON line per step. Started by bench/import.ts; not meant to be run alone.
 * Each step starts from a collected heap (--expose-gc), as a server that has been idle
 * would: a step's peak is its own, not the garbage of the step before. BENCH_MEMORY=1
 * prints the heap at each step's peak.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { sheet, ROWS } from "./import-sheet";

type Step = { step: string; ms: number; peakMb: number; cpu: { node: number; postgres: number | null }; ok: boolean; detail: string; phases?: Record<string, number> };

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/**
 * CPU seconds used so far by this benchmark's PostgreSQL (the server process, its live
 * backends, and the backends that have exited), read from /proc; null where there is none.
 */
function postgresCpuSeconds(): number | null {
  const dataDir = process.env.BENCH_PG_DATA_DIR;
  if (!dataDir || !existsSync("/proc/self/stat")) return null;
  const stat = (pid: string) => {
    try {
      // Fields after the command name: state ppid … utime(14) stime(15) cutime(16) cstime(17).
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /, "").split(" ");
      return { ppid: fields[1]!, ticks: [11, 12, 13, 14].map((i) => Number(fields[i])) as [number, number, number, number] };
    } catch {
      return null;
    }
  };
  const pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  const server = pids.find((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes(dataDir);
    } catch {
      return false;
    }
  });
  if (!server) return null;
  let ticks = 0;
  const own = stat(server);
  if (own) ticks += own.ticks.reduce((a, b) => a + b, 0);
  for (const pid of pids) {
    const child = stat(pid);
    if (child?.ppid === server) ticks += child.ticks[0] + child.ticks[1];
  }
  return ticks / 100;
}
const report = (line: object) => process.stdout.write(`@@bench ${JSON.stringify(line)}\n`);

/** Wall time of `work`, and the peak resident memory of this process while it ran (sampled every 20 ms). */
async function measured<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; peakMb: number; cpu: Step["cpu"] }> {
  (globalThis as { gc?: () => void }).gc?.();
  if (process.env.BENCH_MEMORY) console.error(`[memory after gc] heapUsed ${mb(process.memoryUsage().heapUsed)} rss ${mb(process.memoryUsage.rss())}`);
  let at: NodeJS.MemoryUsage | null = null;
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    if (m.rss > peak) {
      peak = m.rss;
      at = m;
    }
  }, 20);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const pgStart = postgresCpuSeconds();
  try {
    const value = await work();
    const used = process.cpuUsage(cpuStart);
    const pgEnd = postgresCpuSeconds();
    const cpu = { node: (used.user + used.system) / 1e6, postgres: pgStart === null || pgEnd === null ? null : pgEnd - pgStart };
    if (process.env.BENCH_MEMORY && at) {
      const m = at as NodeJS.MemoryUsage;
      console.error(`[memory at peak] rss ${mb(m.rss)} heapTotal ${mb(m.heapTotal)} heapUsed ${mb(m.heapUsed)} external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)}`);
    }
    return { value, ms: performance.now() - start, peakMb: mb(Math.max(peak, process.memoryUsage.rss())), cpu };
  } finally {
    clearInterval(timer);
  }
}

const { db } = await import("@/server/db");
const { previewAttendanceImport, commitAttendanceImport } = await import("@/server/imports/attendance-import");

const focal = await db().user.findUniqueOrThrow({ where: { email: "focal.bsn@example.org" }, select: { id: true, name: true, email: true, role: true, organizationId: true } });
const activity = await db().activity.findFirstOrThrow({ where: { title: "Webinar: participation in ISO committees" }, select: { id: true } });
const counts = async () => JSON.stringify({ participants: await db().participant.count(), participations: await db().participation.count(), audit: await db().auditEvent.count() });
const file = (bytes: Uint8Array) => ({ fileName: "bench.csv", bytes });
const steps: Step[] = [];
report({ baselineMb: mb(process.memoryUsage.rss()) });

// 1. Preview: parse, validate and match against the database; writes nothing.
{
  const bytes = sheet("a");
  report({ sheetMb: Math.round((bytes.byteLength / 1024 / 1024) * 10) / 10 });
  const run = await measured(async () => {
    const preview = await previewAttendanceImport(focal, activity.id, file(bytes));
    return { validRows: preview.validRows, errors: preview.errors.length };
  });
  steps.push({ step: "preview", ms: run.ms, peakMb: run.peakMb, cpu: run.cpu, ok: run.value.validRows === ROWS && run.value.errors === 0, detail: `${run.value.validRows} valid rows, ${run.value.errors} errors` });
}

// 2. Commit: every row in one transaction; the phases are timed from the progress reports.
{
  const before = JSON.parse(await counts());
  const marks: Record<string, number> = {};
  const start = performance.now();
  const run = await measured(() =>
    commitAttendanceImport(focal, activity.id, file(sheet("a")), (p) => {
      const now = performance.now() - start;
      marks[`${p.phase}:first`] ??= now;
      marks[`${p.phase}:last`] = now;
    }),
  );
  const after = JSON.parse(await counts());
  const added = { participants: after.participants - before.participants, participations: after.participations - before.participations, audit: after.audit - before.audit };
  const parse = marks["parsing:last"] ?? 0;
  const writing = marks["writing:first"] ?? run.ms;
  steps.push({
    step: "commit (new people)",
    ms: run.ms,
    peakMb: run.peakMb,
    cpu: run.cpu,
    ok: run.value.status === "imported" && added.participants === ROWS && added.participations === ROWS && added.audit === 2 * ROWS,
    detail: `+${added.participants} participants, +${added.participations} participations, +${added.audit} audit events`,
    phases: { parse, validate: writing - parse, write: run.ms - writing },
  });
}

// 3. The same people again with other attendance and scores: 50 000 updates.
{
  const run = await measured(() => commitAttendanceImport(focal, activity.id, file(sheet("a", { variant: 1 }))));
  const s = run.value.status === "imported" ? run.value.summary : null;
  steps.push({ step: "commit (50k updates)", ms: run.ms, peakMb: run.peakMb, cpu: run.cpu, ok: s?.participationsUpdated === ROWS && s.participantsCreated === 0, detail: s ? `${s.participationsUpdated} participations updated` : "errors" });
}

// 4. The same sheet once more: nothing changes.
{
  const before = await counts();
  const run = await measured(() => commitAttendanceImport(focal, activity.id, file(sheet("a", { variant: 1 }))));
  const s = run.value.status === "imported" ? run.value.summary : null;
  steps.push({ step: "re-import (no change)", ms: run.ms, peakMb: run.peakMb, cpu: run.cpu, ok: s?.unchanged === ROWS && (await counts()) === before, detail: s ? `${s.unchanged} rows unchanged, nothing written` : "errors" });
}

// 5. All or nothing: 50 000 new people, one bad row at the very end.
{
  const before = await counts();
  const run = await measured(() => commitAttendanceImport(focal, activity.id, file(sheet("b", { bad: true }))));
  const v = run.value;
  const refused = v.status === "invalid" && v.errors.length === 1 && v.errors[0]!.row === ROWS + 1 && (await counts()) === before;
  steps.push({ step: "commit, last row bad", ms: run.ms, peakMb: run.peakMb, cpu: run.cpu, ok: refused, detail: v.status === "invalid" ? `refused (${v.errors[0]?.cell}: ${v.errors[0]?.reason}); nothing written` : "imported!" });
}

await db().$disconnect();
report({ steps, peakRssMb: mb(process.resourceUsage().maxRSS * 1024) });
