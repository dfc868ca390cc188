// The app as the end-to-end tests see it: built code on a fresh embedded PostgreSQL with the demo data.
import { spawn } from "node:child_process";
import path from "node:path";
import { seedDemoData } from "../../prisma/seed/demo";
import { findFreePort, scratchDataDir, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { applyMigrations, projectRoot } from "../../scripts/lib/migrations";
import { prismaFor } from "../../scripts/lib/prisma";

const dataDir = scratchDataDir("pg-e2e");
const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(55800 + Math.floor(Math.random() * 100)), persistent: false });
const url = server.urlFor("postgres");
await applyMigrations(url);
const prisma = prismaFor(url);
await seedDemoData(prisma);
await prisma.$disconnect();

const app = spawn(process.execPath, [path.join(projectRoot, "scripts/serve.mjs"), "-p", process.env.E2E_PORT ?? "3100"], {
  cwd: projectRoot,
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: url,
    // Uploaded evidence goes beside the throwaway database, never into the project's .data/.
    UPLOAD_DIR: path.join(path.dirname(dataDir), "uploads"),
    AUTH_SECRET: "end-to-end-tests-secret-0123456789",
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production",
  },
});
const stop = async () => {
  app.kill("SIGTERM");
  await server.stop();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
app.on("exit", async (code) => {
  await server.stop();
  process.exit(code ?? 1);
});
