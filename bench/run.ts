/**
 * Benchmarks: `npm run bench` runs every scenario, `npm run bench -- import` only that one.
 * Each scenario lives in bench/<name>.ts, starts what it needs (a throwaway PostgreSQL),
 * prints its figures and a PASS/FAIL line against its targets. Not part of `npm test`.
 */
export interface Scenario {
  description: string;
  /** Resolves to true when every target is met. */
  run(): Promise<boolean>;
}

const SCENARIOS: Record<string, () => Promise<Scenario>> = {
  import: async () => (await import("./import")).scenario,
  dashboards: async () => (await import("./dashboards")).scenario,
  pages: async () => (await import("./pages")).scenario,
};

const asked = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const unknown = asked.filter((name) => !(name in SCENARIOS));
if (unknown.length) {
  console.error(`Unknown scenario: ${unknown.join(", ")}. Scenarios: ${Object.keys(SCENARIOS).join(", ")}.`);
  process.exit(2);
}

let passed = true;
for (const name of asked.length ? asked : Object.keys(SCENARIOS)) {
  const scenario = await SCENARIOS[name]!();
  console.log(`\n== ${name}: ${scenario.description}`);
  try {
    const ok = await scenario.run();
    console.log(`== ${name}: ${ok ? "PASS" : "FAIL"}`);
    passed &&= ok;
  } catch (error) {
    console.error(`== ${name}: FAIL (error)`, error);
    passed = false;
  }
}
process.exit(passed ? 0 : 1);
