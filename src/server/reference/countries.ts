import "server-only";
import { db } from "@/server/db";

/** Every country, for select menus (public reference data, no scope). */
export function countryOptions() {
  return db().country.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } });
}
