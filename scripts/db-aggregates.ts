// npm run db:aggregates: recomputes the dashboard aggregates from the raw participations and
// activities (PostgreSQL triggers keep them up to date on every write; run this after
// restoring a dump made without them, or to check: it prints how many rows differed).
import { runCli } from "./lib/cli";
import { openDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrations";

await runCli("db:aggregates", async () => {
  const database = await openDatabase();
  try {
    await applyMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    const { dashboardAggregatesDrift, rebuildDashboardAggregates } = await import("../src/server/dashboards/aggregates");
    const { db } = await import("../src/server/db");
    try {
      const drift = await dashboardAggregatesDrift();
      const rows = await rebuildDashboardAggregates();
      console.log(`Dashboard aggregates rebuilt: ${rows} row(s); ${drift.differing} row(s) differed from the kept ones before.`);
    } finally {
      await db().$disconnect();
    }
  } finally {
    await database.stop();
  }
});
