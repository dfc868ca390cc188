import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { projectRoot } from "./migrations";

export const DEFAULT_EMBEDDED_PORT = 54329;
export const APP_DATABASE = "iso_capacity";

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** A one-line, user-facing explanation of a failed database connection. */
export function explainConnectionError(url: string, error: unknown): string {
  const where = (() => {
    try {
      const u = new URL(url);
      return `${u.hostname}:${u.port || 5432}${u.pathname}`;
    } catch {
      return "the configured server";
    }
  })();
  const code = (error as { code?: string }).code;
  const reason =
    code === "ECONNREFUSED" ? "connection refused (is the server running?)"
    : code === "ENOTFOUND" ? "host not found"
    : code === "28P01" ? "password authentication failed"
    : code === "3D000" ? "database does not exist"
    : code === "ETIMEDOUT" || code === "TIMEOUT" ? "timed out"
    : error instanceof Error ? error.message : String(error);
  return `Cannot reach PostgreSQL at ${where}: ${reason}.`;
}

/** Checks that `url` answers; throws an Error with a one-line message otherwise. */
export async function checkConnection(url: string): Promise<void> {
  let client: pg.Client | undefined;
  try {
    // Inside the try: a malformed URL (a port over 65535, say) throws from the constructor.
    client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    throw new Error(explainConnectionError(url, error));
  } finally {
    await client?.end().catch(() => {});
  }
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (!rowCount) await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

function embeddedPort(): number {
  const raw = process.env.EMBEDDED_PG_PORT;
  if (raw === undefined || raw === "") return DEFAULT_EMBEDDED_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`EMBEDDED_PG_PORT must be a port number, not "${raw}".`);
  }
  return port;
}

/**
 * The app's database: the server named by DATABASE_URL when set (nothing is started),
 * otherwise an embedded PostgreSQL whose data lives in EMBEDDED_PG_DATA_DIR
 * (default .data/postgres). When that embedded server already runs (another
 * `npm start`, say), it is reused and left running.
 */
export async function openDatabase(options: { log?: (line: string) => void } = {}): Promise<Database> {
  const external = process.env.DATABASE_URL;
  if (external) {
    await checkConnection(external);
    return { url: external, embedded: false, stop: async () => {} };
  }
  const port = embeddedPort();
  const dataDir = path.resolve(projectRoot, process.env.EMBEDDED_PG_DATA_DIR || ".data/postgres");
  const adminUrl = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres`;
  const url = adminUrl.replace(/\/postgres$/, `/${APP_DATABASE}`);

  const alreadyRunning = await checkConnection(adminUrl).then(() => true, () => false);
  if (alreadyRunning) {
    await ensureDatabase(adminUrl, APP_DATABASE);
    return { url, embedded: true, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir, port, log: options.log });
  await ensureDatabase(server.adminUrl, APP_DATABASE);
  return { url, embedded: true, stop: () => server.stop() };
}

/** AUTH_SECRET, or one generated once and kept beside the embedded data. */
export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(projectRoot, ".data/auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
