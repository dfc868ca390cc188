import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/env";

let client: PrismaClient | undefined;
// In development, hot reloads re-evaluate this module: keep one client on globalThis.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createClient(): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: 10 }) });
}

/** The Prisma client, one per process. Only code under src/server may import this module. */
export function db(): PrismaClient {
  if (process.env.NODE_ENV === "development") return (globalForPrisma.prisma ??= createClient());
  return (client ??= createClient());
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
