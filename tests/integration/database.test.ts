import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, inject, it } from "vitest";
import { APP_DATABASE, checkConnection, openDatabase, type Database } from "../../scripts/lib/database";
import { findFreePort, scratchDataDir } from "../../scripts/lib/embedded-postgres";
import { projectRoot } from "../../scripts/lib/migrations";

// How `npm start` picks its database (scripts/lib/database.ts), against real PostgreSQL servers.

const adminUrl = inject("pgAdminUrl");
/** This file's own database on the test server (set by per-file-database.ts). */
const fileDatabaseUrl = process.env.DATABASE_URL!;
const onTestServer = (changes: { pathname?: string; password?: string }) => Object.assign(new URL(adminUrl), changes).toString();
/** How the messages name a server: host:port/database. */
const where = (url: string) => {
  const u = new URL(url);
  return `${u.hostname}:${u.port || 5432}${u.pathname}`;
};

const ENV = ["DATABASE_URL", "EMBEDDED_PG_PORT", "EMBEDDED_PG_DATA_DIR"] as const;
let savedEnv: Partial<Record<(typeof ENV)[number], string>> = {};
const running: Database[] = [];
const scratchParents: string[] = [];

beforeEach(() => {
  savedEnv = Object.fromEntries(ENV.map((key) => [key, process.env[key]]));
});

afterEach(async () => {
  // A failed test may leave an embedded server running: stop it before removing its folder.
  for (const database of running.splice(0).reverse()) await database.stop();
  for (const dir of scratchParents.splice(0)) rmSync(dir, { recursive: true, force: true });
  for (const key of ENV) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
});

/** A data folder path that does not exist yet, in a temporary parent removed after the test. */
function scratchData(): string {
  const dataDir = scratchDataDir("pg-open-database");
  scratchParents.push(path.dirname(dataDir));
  return dataDir;
}

/** A loopback port nobody listens on. */
const closedPort = () => findFreePort(47000 + Math.floor(Math.random() * 2000));
const isFree = async (port: number) => (await findFreePort(port)) === port;

async function open(): Promise<Database> {
  const database = await openDatabase();
  running.push(database);
  return database;
}

async function stop(database: Database): Promise<void> {
  running.splice(running.indexOf(database), 1);
  await database.stop();
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The message `promise` rejects with. */
async function failure(promise: Promise<unknown>): Promise<string> {
  const outcome = await promise.then(
    () => ({ ok: true as const }),
    (error: unknown) => ({ ok: false as const, message: error instanceof Error ? error.message : String(error) }),
  );
  if (outcome.ok) throw new Error("expected a rejection, but it resolved");
  return outcome.message;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    // It should fail within a couple of seconds; never let it go on to build or serve.
    const timer = setTimeout(() => child.kill("SIGKILL"), 25_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe("openDatabase with DATABASE_URL", () => {
  it("uses that server as it is and starts no embedded PostgreSQL", async () => {
    const dataDir = scratchData();
    const port = await closedPort();
    process.env.DATABASE_URL = fileDatabaseUrl;
    process.env.EMBEDDED_PG_DATA_DIR = dataDir;
    process.env.EMBEDDED_PG_PORT = String(port);

    const database = await open();
    expect(database.url).toBe(fileDatabaseUrl);
    expect(database.embedded).toBe(false);
    expect(await query(database.url, "select current_database() as name")).toEqual([{ name: new URL(fileDatabaseUrl).pathname.slice(1) }]);
    expect(existsSync(dataDir)).toBe(false);
    expect(await isFree(port)).toBe(true);

    // Stopping leaves the external server alone.
    await stop(database);
    await expect(checkConnection(fileDatabaseUrl)).resolves.toBeUndefined();
  });

  it("refuses a closed port with one line: Cannot reach PostgreSQL at host:port/database: connection refused", async () => {
    const port = await closedPort();
    process.env.DATABASE_URL = `postgresql://postgres:postgres@127.0.0.1:${port}/${APP_DATABASE}`;
    const message = await failure(open());
    expect(message).toBe(`Cannot reach PostgreSQL at 127.0.0.1:${port}/${APP_DATABASE}: connection refused (is the server running?).`);
  });

  it("refuses a malformed URL with one line naming PostgreSQL", async () => {
    process.env.DATABASE_URL = "postgresql://postgres:postgres@127.0.0.1:99999/x";
    const message = await failure(open());
    expect(message).toMatch(/^Cannot reach PostgreSQL at the configured server: /);
    expect(message).not.toContain("\n");
  });

  it("refuses a wrong password with one line: password authentication failed", async (context) => {
    const url = onTestServer({ pathname: new URL(fileDatabaseUrl).pathname, password: "not-the-password" });
    process.env.DATABASE_URL = url;
    const outcome = await openDatabase().then(
      (database) => database.stop().then(() => null),
      (error: Error) => error.message,
    );
    // Only a TEST_DATABASE_URL server that trusts local connections would accept it.
    if (outcome === null) context.skip("the test server does not check passwords");
    expect(outcome).toBe(`Cannot reach PostgreSQL at ${where(url)}: password authentication failed.`);
  });

  it("refuses a database the server does not have with one line: database does not exist", async () => {
    const url = onTestServer({ pathname: `/no_such_database_${Date.now()}` });
    process.env.DATABASE_URL = url;
    const message = await failure(open());
    expect(message).toBe(`Cannot reach PostgreSQL at ${where(url)}: database does not exist.`);
  });
});

describe("openDatabase without DATABASE_URL", () => {
  it("starts an embedded PostgreSQL in EMBEDDED_PG_DATA_DIR on EMBEDDED_PG_PORT, creates the app database, and keeps its data across a restart", async () => {
    const dataDir = scratchData();
    const port = await findFreePort(56000 + Math.floor(Math.random() * 2000));
    delete process.env.DATABASE_URL;
    process.env.EMBEDDED_PG_DATA_DIR = dataDir;
    process.env.EMBEDDED_PG_PORT = String(port);
    const appUrl = `postgresql://postgres:postgres@127.0.0.1:${port}/${APP_DATABASE}`;

    const first = await open();
    expect(first).toMatchObject({ url: appUrl, embedded: true });
    expect(existsSync(path.join(dataDir, "PG_VERSION"))).toBe(true);
    await query(first.url, "create table kept (note text not null)");
    await query(first.url, "insert into kept (note) values ('written before the restart')");

    // A second start while it runs (another `npm start`) reuses the server and, when it stops, leaves it running.
    const second = await open();
    expect(second).toMatchObject({ url: appUrl, embedded: true });
    await stop(second);
    await expect(checkConnection(appUrl)).resolves.toBeUndefined();

    await stop(first);
    expect(await isFree(port)).toBe(true);

    const restarted = await open();
    expect(await query(restarted.url, "select note from kept")).toEqual([{ note: "written before the restart" }]);
    await stop(restarted);
    expect(await isFree(port)).toBe(true);
  }, 90_000);

  it.each(["abc", "0", "65536", "5432.5"])("refuses EMBEDDED_PG_PORT=%s with one line and starts nothing", async (raw) => {
    const dataDir = scratchData();
    delete process.env.DATABASE_URL;
    process.env.EMBEDDED_PG_DATA_DIR = dataDir;
    process.env.EMBEDDED_PG_PORT = raw;
    const message = await failure(open());
    expect(message).toBe(`EMBEDDED_PG_PORT must be a port number, not "${raw}".`);
    expect(existsSync(dataDir)).toBe(false);
  });
});

describe("npm start (scripts/start.ts)", () => {
  it("exits non-zero with a single line on stderr, no stack trace, when DATABASE_URL's server cannot be reached", async () => {
    const port = await closedPort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: `postgresql://postgres:postgres@127.0.0.1:${port}/${APP_DATABASE}`,
      // Were DATABASE_URL ever ignored, this makes the embedded path fail at once too,
      // instead of starting a server and building the app.
      EMBEDDED_PG_PORT: "not-a-port",
    };
    delete env.DEBUG; // DEBUG prints the stack on purpose
    const { code, stderr } = await run(path.join(projectRoot, "node_modules/.bin/tsx"), ["scripts/start.ts"], env);
    expect(code).not.toBe(0);
    expect(code).not.toBeNull(); // not killed by the timeout
    expect(stderr).not.toContain("    at ");
    expect(stderr.trimEnd().split("\n")).toEqual([
      `npm start: Cannot reach PostgreSQL at 127.0.0.1:${port}/${APP_DATABASE}: connection refused (is the server running?).`,
    ]);
  });
});
