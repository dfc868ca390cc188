import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { DiffTarget, MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { withScratchPostgres } from "./embedded-postgres";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * Migrations without Prisma's native schema engine (it cannot be downloaded on these
 * machines): the same engine compiled to WebAssembly writes the SQL and applies it,
 * recording each migration in `_prisma_migrations` exactly as `prisma migrate deploy`
 * does, so a server elsewhere can use the standard CLI on the same folder.
 *
 * Each migration folder keeps a copy of the schema it was generated from
 * (`schema.prisma`), so the next migration is a diff between two schema files and
 * needs no database.
 */

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const schemaPath = path.join(projectRoot, "prisma/schema.prisma");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");
const SNAPSHOT = "schema.prisma";
const NO_FILTER = { externalTables: [], externalEnums: [] };

function migrationFolders(dir = migrationsDir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort();
}

function migrationList(dir = migrationsDir): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: migrationFolders(dir).map((name) => ({
      path: name,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok", value: readFileSync(path.join(dir, name, "migration.sql"), "utf8") },
      },
    })),
  };
}

// The package is built for bundlers (it imports the .wasm file as a module), which Node
// cannot do: instantiate the WebAssembly module by hand and hand it to the bindings.
let engineReady: Promise<typeof engineBindings> | undefined;
function loadEngine(): Promise<typeof engineBindings> {
  engineReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      "./schema_engine_bg.js": engineBindings as unknown as WebAssembly.ModuleImports,
    });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return engineBindings;
  })();
  return engineReady;
}

/**
 * PrismaPg runs a migration script by splitting it at every ";", which cuts a function body
 * ($$ … $$, the dashboard aggregates' triggers) apart; PostgreSQL runs a whole script sent
 * as one simple query, in one implicit transaction, as `prisma migrate deploy` would.
 */
function wholeScripts(factory: PrismaPg, pool: pg.Pool): PrismaPg {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    adapter.executeScript = async (script: string) => {
      await pool.query(script);
    };
    return adapter;
  };
  return factory;
}

async function withEngine<T>(databaseUrl: string | undefined, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  // The engine connects when it starts, even for a diff between two schema files that
  // reads nothing from the database: without a URL, lend it a throwaway server.
  if (databaseUrl === undefined) return withScratchPostgres((url) => withEngine(url, run));
  // Our own pool, so its connections close when the work is done (engine.free() leaves them open).
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const adapter = bindMigrationAwareSqlAdapterFactory(wholeScripts(new PrismaPg(pool), pool));
  const { SchemaEngine: Engine } = await loadEngine();
  const engine: SchemaEngine = await Engine.new({ datamodels: undefined }, () => {}, adapter);
  try {
    return await run(engine);
  } finally {
    engine.free();
    await pool.end();
  }
}

function schemaTarget(content: string): DiffTarget {
  return { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content }] };
}

/** The schema the latest migration was generated from, or null before the first one. */
function latestSnapshot(dir = migrationsDir): string | null {
  const folders = migrationFolders(dir);
  const last = folders.at(-1);
  if (!last) return null;
  const snapshot = path.join(dir, last, SNAPSHOT);
  if (!existsSync(snapshot)) throw new Error(`Migration ${last} has no ${SNAPSHOT} snapshot.`);
  return readFileSync(snapshot, "utf8");
}

/** SQL that takes a database from the latest migration to the current schema ("" when none is needed). */
export async function pendingSchemaSql(options: { schema?: string; dir?: string; databaseUrl?: string } = {}): Promise<string> {
  const current = options.schema ?? readFileSync(schemaPath, "utf8");
  const previous = latestSnapshot(options.dir);
  const result = await withEngine(options.databaseUrl, (engine) =>
    engine.diff({
      from: previous === null ? { tag: "empty" } : schemaTarget(previous),
      to: schemaTarget(current),
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    }),
  );
  const sql = (result.stdout ?? "").trim();
  return sql === "-- This is an empty migration." || sql === "" ? "" : sql;
}

/** Writes prisma/migrations/<timestamp>_<name>/ for the change in schema.prisma; returns its folder, or null. */
export async function createMigration(
  name: string,
  options: { dir?: string; now?: Date; schema?: string; databaseUrl?: string } = {},
): Promise<string | null> {
  const dir = options.dir ?? migrationsDir;
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  if (!slug) throw new Error("Give the migration a name: npm run db:migration -- <name>");
  const schema = options.schema ?? readFileSync(schemaPath, "utf8");
  const sql = await pendingSchemaSql({ schema, dir, databaseUrl: options.databaseUrl });
  if (!sql) return null;
  const stamp = (options.now ?? new Date()).toISOString().replace(/\D/g, "").slice(0, 14);
  const folder = path.join(dir, `${stamp}_${slug}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), sql + "\n");
  writeFileSync(path.join(folder, SNAPSHOT), schema);
  const lock = path.join(dir, "migration_lock.toml");
  if (!existsSync(lock)) {
    writeFileSync(lock, '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n');
  }
  return folder;
}

/** Applies every pending migration to the database; returns the names applied. */
export async function applyMigrations(databaseUrl: string, options: { dir?: string } = {}): Promise<string[]> {
  const output = await withEngine(databaseUrl, (engine) =>
    engine.applyMigrations({ migrationsList: migrationList(options.dir), filters: NO_FILTER }),
  );
  return output.appliedMigrationNames;
}
