// npm run db:migration -- <name>: writes a migration for the change in prisma/schema.prisma.
import path from "node:path";
import { runCli } from "./lib/cli";
import { createMigration, projectRoot } from "./lib/migrations";

await runCli("db:migration", async () => {
  const folder = await createMigration(process.argv.slice(2).join(" "));
  console.log(folder ? `Wrote ${path.relative(projectRoot, folder)}/migration.sql` : "schema.prisma has no change to migrate.");
});
