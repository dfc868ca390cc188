// npm run db:retention: anonymises the participants of programmes closed for longer than
// PARTICIPANT_RETENTION_MONTHS (default 60), and prunes old rate-limit counters. Run it
// daily (cron or a scheduled job); running it twice changes nothing the second time.
// Runs with the react-server condition (see package.json) so it can use the app's own
// data layer (src/server) instead of a copy of its rules.
import { runCli } from "./lib/cli";
import { openDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrations";

await runCli("db:retention", async () => {
  const database = await openDatabase();
  try {
    await applyMigrations(database.url);
    process.env.DATABASE_URL = database.url;
    const { applyRetention, retentionMonths } = await import("../src/server/participants/privacy");
    const { pruneRateLimitCounters } = await import("../src/server/rate-limit");
    const { db } = await import("../src/server/db");
    try {
      const { anonymised, cutoff } = await applyRetention();
      const pruned = await pruneRateLimitCounters();
      console.log(`Retention ${retentionMonths()} months: ${anonymised} participant(s) of programmes closed before ${cutoff.toISOString().slice(0, 10)} anonymised; ${pruned} old rate-limit counter(s) removed.`);
    } finally {
      await db().$disconnect();
    }
  } finally {
    await database.stop();
  }
});
