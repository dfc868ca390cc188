import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/env";

let client: PrismaClient | undefined;
// In development, hot reloads re-evaluate this module: keep one client on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  // work_mem: the dashboards' distinct-people counts hash (person, key) pairs; PostgreSQL's
  // default 4 MB sends them to disk from a few hundred thousand rows (ARCHITECTURE.md, "Dashboards").
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: 10, options: "-c work_mem=32MB" }) });
}

/** The Prisma client, one per process. Only code under src/server may import this module. */
export function db(): PrismaClient {
  if (process.env.NODE_ENV === "development") return (globalForPrisma.prisma ??= createClient());
  return (client ??= createClient());
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
