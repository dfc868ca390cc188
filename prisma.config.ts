import "dotenv/config";
import { defineConfig } from "prisma/config";

// The native schema engine cannot be downloaded on these machines; `prisma generate`
// never runs it, so any executable satisfies the CLI. Migrations use the WebAssembly
// engine instead (scripts/db-migrate.ts).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/bin/true";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
