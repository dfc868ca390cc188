import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

/*
 * The layers' direction is a lint rule (eslint.config.mjs): app -> server -> domain and lib,
 * never back, and pages through a server domain's public face. These cases prove the rule
 * refuses each wrong arrow, on code as a maintainer would write it.
 */

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** The rules that refuse `code` as if it were saved at `filePath`. */
async function refusals(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe("the layers' direction", { timeout: 120_000 }, () => {
  it("refuses a data-layer file importing from src/app, by alias or relative path", async () => {
    const alias = await refusals("src/server/programmes/new-file.ts", 'import { formAction } from "@/app/_lib/form-action";\nexport const wrapped = formAction;\n');
    expect(alias).toEqual([expect.stringMatching(/^import\/no-restricted-paths: .*data layer never imports pages/)]);
    const relative = await refusals("src/server/programmes/new-file.ts", 'import { formAction } from "../../app/_lib/form-action";\nexport const wrapped = formAction;\n');
    expect(relative).toEqual([expect.stringMatching(/^import\/no-restricted-paths:/)]);
  });

  it("refuses a domain or lib file importing from src/server", async () => {
    const domain = await refusals("src/domain/programmes/new-file.ts", 'import { listProgrammes } from "@/server/programmes";\nexport const list = listProgrammes;\n');
    expect(domain).toEqual([expect.stringMatching(/^import\/no-restricted-paths: .*src\/domain and src\/lib are pure/)]);
    const lib = await refusals("src/lib/new-file.ts", 'import { db } from "@/server/db";\nexport const client = db;\n');
    expect(lib).toEqual([expect.stringMatching(/^import\/no-restricted-paths:/)]);
  });

  it("refuses a page importing a file inside a server domain, and accepts its public face", async () => {
    const inside = await refusals("src/app/(app)/programmes/new-page.tsx", 'import { listProgrammes } from "@/server/programmes/queries";\nexport const list = listProgrammes;\n');
    expect(inside).toEqual([expect.stringMatching(/^no-restricted-imports: .*public face/)]);
    expect(await refusals("src/app/(app)/programmes/new-page.tsx", 'import { listProgrammes } from "@/server/programmes";\nexport const list = listProgrammes;\n')).toEqual([]);
  });

  it("accepts the arrows that point down", async () => {
    const code = 'import "server-only";\nimport { programmeSchema } from "@/domain/programmes/schema";\nimport { paginate } from "@/lib/list-params";\nexport const parts = [programmeSchema, paginate];\n';
    expect(await refusals("src/server/programmes/new-file.ts", code)).toEqual([]);
  });
});
