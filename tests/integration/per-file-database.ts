import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";

// Runs before each test file: a fresh database cloned from the migrated template.
const adminUrl = inject("pgAdminUrl");
const name = `test_${randomBytes(6).toString("hex")}`;

async function cloneTemplate() {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // PostgreSQL clones a template only while nobody else uses it, and another worker
    // may be cloning it right now: try again until it is free.
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`create database ${name} template test_template`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== "55006" || attempt >= 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  } finally {
    await admin.end();
  }
}

await cloneTemplate();
const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.AUTH_SECRET ??= "integration-tests-secret-0123456789";

afterAll(async () => {
  const { db } = await import("@/server/db");
  await db().$disconnect();
  const cleanup = new pg.Client({ connectionString: adminUrl });
  await cleanup.connect();
  await cleanup.query(`drop database if exists ${name} with (force)`);
  await cleanup.end();
});
