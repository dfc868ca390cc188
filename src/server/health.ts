import "server-only";
import { db } from "@/server/db";

export async function databaseIsReachable(): Promise<boolean> {
  try {
    await db().$queryRaw`select 1`;
    return true;
  } catch {
    return false;
  }
}
