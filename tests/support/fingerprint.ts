import { db } from "@/server/db";

/**
 * A fingerprint of every application table's content (md5 of all rows), to prove that a
 * refused call changed nothing at all.
 */
export async function databaseFingerprint(): Promise<Record<string, string>> {
  const tables = await db().$queryRaw<{ name: string }[]>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> '_prisma_migrations'
    order by table_name`;
  const parts = tables.map(({ name }) => `select '${name}' as name, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as hash from "${name}" t`);
  const rows = await db().$queryRawUnsafe<{ name: string; hash: string }[]>(parts.join(" union all "));
  return Object.fromEntries(rows.map((r) => [r.name, r.hash]));
}
