import { mkdtempSync, readdirSync, readFileSync, cpSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { applyMigrations, createMigration, migrationsDir, pendingSchemaSql, schemaPath } from "../../scripts/lib/migrations";
import { prismaFor } from "../../scripts/lib/prisma";

const adminUrl = inject("pgAdminUrl");
const urlOf = (name: string) => Object.assign(new URL(adminUrl), { pathname: `/${name}` }).toString();

async function emptyDatabase(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  return urlOf(name);
}

describe("migrations", () => {
  it("apply to an empty database, are recorded as prisma migrate deploy records them, and every model can be read", async () => {
    const url = await emptyDatabase(`migr_${Date.now()}`);
    const applied = await applyMigrations(url);
    const folders = readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(applied).toEqual(folders);
    expect(await applyMigrations(url)).toEqual([]); // nothing pending the second time

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query("select migration_name, finished_at from _prisma_migrations order by migration_name");
    await client.end();
    expect(rows.map((r) => r.migration_name)).toEqual(folders);
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);

    const prisma = prismaFor(url);
    const models = [...readFileSync(schemaPath, "utf8").matchAll(/^model (\w+) \{/gm)].map((m) => m[1]!);
    expect(models.length).toBeGreaterThan(20);
    for (const model of models) {
      const delegate = (prisma as unknown as Record<string, { findMany(args: object): Promise<unknown[]> }>)[
        model.charAt(0).toLowerCase() + model.slice(1)
      ];
      await expect(delegate!.findMany({ take: 1 }), model).resolves.toEqual([]);
    }
    await prisma.$disconnect();
  });

  it("match schema.prisma (no change is waiting for a migration)", async () => {
    expect(await pendingSchemaSql({ databaseUrl: adminUrl })).toBe("");
  });

  it("db:migration writes the SQL for a schema change, and nothing when there is none", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "migrations-"));
    cpSync(migrationsDir, dir, { recursive: true });
    const changed = readFileSync(schemaPath, "utf8") + "\nmodel Widget {\n  id   String @id\n  name String\n}\n";

    const folder = await createMigration("add widgets", { dir, schema: changed, databaseUrl: adminUrl, now: new Date("2099-01-01T00:00:00Z") });
    expect(folder).toMatch(/20990101000000_add_widgets$/);
    const sql = readFileSync(path.join(folder!, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "Widget"');
    expect(await pendingSchemaSql({ dir, schema: changed, databaseUrl: adminUrl })).toBe("");
    expect(await createMigration("again", { dir, schema: changed, databaseUrl: adminUrl })).toBeNull();

    // The new migration applies on top of the existing ones.
    const url = await emptyDatabase(`migr_widget_${Date.now()}`);
    const applied = await applyMigrations(url, { dir });
    expect(applied.at(-1)).toBe("20990101000000_add_widgets");
  });
});
