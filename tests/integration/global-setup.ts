import type { TestProject } from "vitest/node";
import pg from "pg";
import { findFreePort, scratchDataDir, startEmbeddedPostgres, type RunningPostgres } from "../../scripts/lib/embedded-postgres";
import { applyMigrations } from "../../scripts/lib/migrations";

export const TEMPLATE_DATABASE = "test_template";

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

/**
 * One PostgreSQL for the run: a throwaway embedded server, or TEST_DATABASE_URL's server
 * (a role that may create databases). A template database is migrated once; each test
 * file then gets its own copy (per-file-database.ts).
 */
export default async function setup(project: TestProject) {
  let server: RunningPostgres | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dataDir = scratchDataDir("pg-test");
    server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(55500 + Math.floor(Math.random() * 300)), persistent: false });
    adminUrl = server.adminUrl;
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${TEMPLATE_DATABASE}`);
  await admin.query(`create database ${TEMPLATE_DATABASE}`);
  await admin.end();
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE_DATABASE}`;
  await applyMigrations(templateUrl.toString());
  project.provide("pgAdminUrl", adminUrl);
  return async () => {
    await server?.stop();
  };
}
