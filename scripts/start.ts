// npm start: database (embedded unless DATABASE_URL is set), migrations, demo data, build, serve.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD, DEMO_USERS, seedDemoData } from "../prisma/seed/demo";
import { runCli } from "./lib/cli";
import { authSecret, openDatabase } from "./lib/database";
import { applyMigrations, projectRoot } from "./lib/migrations";
import { prismaFor } from "./lib/prisma";

const dev = process.argv.includes("--dev");
const port = process.env.PORT || "3000";
const nextBin = path.join(projectRoot, "node_modules/.bin/next");
// `next start` with each request stamped with its socket address (per-address limits).
const serveScript = path.join(projectRoot, "scripts/serve.mjs");

/** Newest modification time under the given paths (files and folders, recursively). */
function newestChange(paths: string[]): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    newest = Math.max(newest, stat.mtimeMs);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== "generated") visit(path.join(p, entry));
    }
  };
  paths.forEach((p) => visit(path.join(projectRoot, p)));
  return newest;
}

function buildIsStale(): boolean {
  const buildId = path.join(projectRoot, ".next/BUILD_ID");
  if (!existsSync(buildId)) return true;
  const sources = ["src", "public", "messages", "next.config.ts", "package.json", "postcss.config.mjs", "tsconfig.json"];
  return newestChange(sources) > statSync(buildId).mtimeMs;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(command, args, { cwd: projectRoot, env, stdio: "inherit" });
}

function waitFor(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 0 : 1))));
}

await runCli("npm start", async () => {
  const database = await openDatabase();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: authSecret(),
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  try {
    const applied = await applyMigrations(database.url);
    if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);

    const prisma = prismaFor(database.url);
    try {
      const empty = (await prisma.user.count()) === 0;
      if (empty && process.env.SEED_DEMO_DATA !== "false") {
        console.log("Empty database: adding the demo programme data…");
        await seedDemoData(prisma);
      }
      const demoUsers = await prisma.user.count({ where: { email: { in: DEMO_USERS.map((u) => u.email) } } });
      if (demoUsers > 0) {
        console.log(`\nDemo sign-ins (password "${DEMO_PASSWORD}"):`);
        for (const user of DEMO_USERS) console.log(`  ${user.role.padEnd(11)} ${user.email}`);
        console.log();
      }
    } finally {
      await prisma.$disconnect();
    }

    if (!dev && buildIsStale()) {
      console.log("Building the app (first start, or the sources changed)…");
      const code = await waitFor(run(nextBin, ["build"], { ...env, NODE_ENV: "production" }));
      if (code !== 0) throw new Error("next build failed; see the output above.");
    }

    console.log(`${database.embedded ? "Embedded PostgreSQL" : "PostgreSQL"} ready. Serving http://localhost:${port}`);
    const server = dev ? run(nextBin, ["dev", "-p", port], env) : run(process.execPath, [serveScript, "-p", port], { ...env, NODE_ENV: "production" });
    const stop = () => server.kill("SIGTERM");
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    const code = await waitFor(server);
    process.exitCode = code;
  } finally {
    await database.stop();
  }
});
