// npm run db:seed: adds the demo programme data (idempotent: a seeded database is left as it is).
import { seedDemoData } from "../prisma/seed/demo";
import { runCli } from "./lib/cli";
import { openDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrations";
import { prismaFor } from "./lib/prisma";

await runCli("db:seed", async () => {
  const database = await openDatabase();
  const prisma = prismaFor(database.url);
  try {
    await applyMigrations(database.url);
    const { created } = await seedDemoData(prisma, { log: console.log });
    console.log(created ? "Demo data added." : "Demo data already present; nothing changed.");
  } finally {
    await prisma.$disconnect();
    await database.stop();
  }
});
