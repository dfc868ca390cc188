// npm run db:migrate: applies pending migrations to DATABASE_URL, or to the embedded database.
import { runCli } from "./lib/cli";
import { openDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrations";

await runCli("db:migrate", async () => {
  const database = await openDatabase();
  try {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied ${applied.join(", ")}` : "The database is up to date.");
  } finally {
    await database.stop();
  }
});
