/**
 * The import benchmark: a 50 000-row attendance sheet through the same server functions
 * the app uses (preview, then commit), on a throwaway embedded PostgreSQL with the demo
 * data. The import runs in a process of its own (bench/import-worker.ts), so its memory
 * is the import's, not the setup's. Targets: each step within 15 s, the import process's
 * peak resident memory within 500 MB.
 */
import { spawn } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { findFreePort, scratchDataDir, startEmbeddedPostgres } from "../scripts/lib/embedded-postgres";
import { applyMigrations, projectRoot } from "../scripts/lib/migrations";
import { prismaFor } from "../scripts/lib/prisma";
import { seedDemoData } from "../prisma/seed/demo";
import { ROWS } from "./import-sheet";
import type { Scenario } from "./run";

const TARGET_SECONDS = 15;
const TARGET_MB = 500;
/*
 * The worker's V8 heap is capped, as a server given 500 MB would be configured
 * (NODE_OPTIONS=--max-old-space-size): without a cap V8, seeing gigabytes free, lets
 * garbage pile up to several hundred MB before it collects, whatever the import needs.
 * An import that needed more than the cap would fail here with "heap out of memory".
 */
const HEAP_MB = Number(process.env.BENCH_HEAP_MB ?? 300);

interface Step {
  step: string;
  ms: number;
  peakMb: number;
  cpu: { node: number; postgres: number | null };
  ok: boolean;
  detail: string;
  phases?: Record<string, number>;
}

/** Runs the worker against `url`; resolves to its report lines. */
function runWorker(url: string, dataDir: string): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--expose-gc", `--max-old-space-size=${HEAP_MB}`, "--conditions=react-server", "--import", "tsx", path.join(projectRoot, "bench/import-worker.ts")], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: "production", BENCH_PG_DATA_DIR: dataDir },
      stdio: ["ignore", "pipe", "inherit"],
    });
    const lines: Record<string, unknown>[] = [];
    let buffer = "";
    child.stdout.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      let end: number;
      while ((end = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 1);
        if (line.startsWith("@@bench ")) lines.push(JSON.parse(line.slice(8)));
        else if (line.trim()) console.log(line);
      }
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(lines) : reject(new Error(`The benchmark worker exited with code ${code}.`))));
  });
}

const seconds = (ms: number) => (ms / 1000).toFixed(2);

export const scenario: Scenario = {
  description: `import ${ROWS.toLocaleString("en")} rows (targets: ${TARGET_SECONDS} s per step, ${TARGET_MB} MB peak RSS)`,
  async run() {
    const dataDir = scratchDataDir("pg-bench");
    const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(56100 + Math.floor(Math.random() * 300)), persistent: false });
    try {
      const url = server.urlFor("postgres");
      await applyMigrations(url);
      const seeder = prismaFor(url);
      await seedDemoData(seeder);
      await seeder.$disconnect();

      console.log(`Machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")} (1/5/15 min) at start`);
      const lines = await runWorker(url, dataDir);
      const info = Object.assign({}, ...lines) as { baselineMb: number; sheetMb: number; steps: Step[]; peakRssMb: number };
      console.log(`Sheet: ${ROWS} rows, ${info.sheetMb} MB of CSV. Import process at rest: ${info.baselineMb} MB RSS; V8 heap capped at ${HEAP_MB} MB.`);
      console.log("");
      console.log(`${"step".padEnd(24)} ${"seconds".padStart(8)} ${"CPU s: app+db".padStart(14)} ${"peak RSS".padStart(9)}   result`);
      let pass = true;
      for (const s of info.steps) {
        const ok = s.ok && s.ms <= TARGET_SECONDS * 1000 && s.peakMb <= TARGET_MB;
        pass &&= ok;
        const cpu = `${s.cpu.node.toFixed(1)}+${s.cpu.postgres === null ? "?" : s.cpu.postgres.toFixed(1)}`;
        console.log(`${s.step.padEnd(24)} ${seconds(s.ms).padStart(8)} ${cpu.padStart(14)} ${`${s.peakMb} MB`.padStart(9)}   ${ok ? "PASS" : "FAIL"}  ${s.detail}`);
        if (s.phases) console.log(`${"".padEnd(25)}parse ${seconds(s.phases.parse!)} s, validate and match ${seconds(s.phases.validate!)} s, write ${seconds(s.phases.write!)} s`);
      }
      console.log(`Peak RSS of the import process (OS): ${info.peakRssMb} MB`);
      console.log(`Load average at end: ${os.loadavg().map((l) => l.toFixed(1)).join(" / ")}`);
      pass &&= info.peakRssMb <= TARGET_MB;
      console.log(`Targets (${TARGET_SECONDS} s per step, ${TARGET_MB} MB): ${pass ? "PASS" : "FAIL"}`);
      return pass;
    } finally {
      await server.stop();
    }
  },
};
