// Part of npm test: fails when prisma/schema.prisma changed without a migration.
import { runCli } from "./lib/cli";
import { pendingSchemaSql } from "./lib/migrations";

await runCli("check:migrations", async () => {
  const sql = await pendingSchemaSql();
  if (sql) {
    throw new Error(
      `prisma/schema.prisma has changes that no migration records. Run: npm run db:migration -- <name>\n${sql}`,
    );
  }
  console.log("Migrations match prisma/schema.prisma.");
});
