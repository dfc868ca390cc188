import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { ConflictError } from "@/domain/errors";
import { updateVersioned, VERSIONED_MODELS, type VersionedModel } from "@/server/audit/versioned";
import { updateUser } from "@/server/users/manage";
import { updateParticipant } from "@/server/participants/mutations";
import { updateOrganization } from "@/server/organizations/mutations";
import { updateIndicator } from "@/server/indicators/mutations";
import { saveAttendance } from "@/server/participations/mutations";
import { seedDemo, type DemoActors } from "../support/actors";

let actors: DemoActors;
beforeAll(async () => {
  actors = await seedDemo();
});

/** Models with a `version` column, read from the schema. */
function versionedModelsInSchema(): string[] {
  const schema = readFileSync(path.resolve("prisma/schema.prisma"), "utf8");
  return [...schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)].filter(([, , body]) => /^\s+version\s+Int\b/m.test(body!)).map(([, name]) => name!);
}

/**
 * Writes to a versioned model that do not go through src/server/audit/versioned.ts, each
 * with why. Anything else fails the test below: a new update path must use the helper.
 */
const ALLOWED_DIRECT_WRITES: Record<string, string> = {
  "src/server/auth/credentials.ts user.update": "last sign-in time and the rehash at sign-in: not edits, so no version bump",
  "src/server/auth/credentials.ts user.updateMany": "sign-out's session version: a session counter, not an edit",
  "src/server/framework/mutations.ts resultArea.update": "moving a result area up or down: its place only, under the plan's lock; open edit forms stay valid",
  "src/server/users/manage.ts user.update": "'sign out everywhere': the session version only, audited",
  "src/server/participants/privacy.ts participant.updateMany": "erasure and retention anonymise people in one statement (eraseParticipant has locked the row at the version read first); the version is bumped",
  "src/server/participants/privacy.ts participation.updateMany": "erasure removes the person's free text from all their rows at once; the version is bumped",
  "src/server/surveys/invitations.ts surveyInvitation.updateMany": "delivery bookkeeping (links sent, reminders) of many invitations: not an edit of the answers, so an open answer form stays valid",
  "src/server/surveys/answers.ts surveyInvitation.updateMany": "when a link was first opened (response tracking): not an edit of the answers, so the open form stays valid",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) return entry === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry) && !entry.endsWith(".test.ts") ? [full] : [];
  });
}

describe("versioned models", () => {
  it("the helper knows every model with a version column", () => {
    expect([...VERSIONED_MODELS].sort()).toEqual(versionedModelsInSchema().sort());
  });

  it("no code updates a versioned model but through updateVersioned / updateAtCurrentVersion", () => {
    const delegates = VERSIONED_MODELS.map((m) => m.charAt(0).toLowerCase() + m.slice(1));
    const pattern = new RegExp(`\\.(${delegates.join("|")})\\.(update|updateMany|upsert)\\(`, "g");
    const found = new Set<string>();
    for (const file of sourceFiles(path.resolve("src"))) {
      const relative = path.relative(process.cwd(), file);
      if (relative === path.join("src", "server", "audit", "versioned.ts")) continue;
      for (const [, model, method] of readFileSync(file, "utf8").matchAll(pattern)) found.add(`${relative} ${model}.${method}`);
    }
    expect([...found].filter((key) => !(key in ALLOWED_DIRECT_WRITES))).toEqual([]);
    // Raw SQL updates of versioned tables must carry the version condition too.
    for (const file of sourceFiles(path.resolve("src/server"))) {
      const text = readFileSync(file, "utf8");
      for (const [statement] of text.matchAll(/UPDATE "(\w+)" AS \w+ SET[\s\S]*?(?=`)/g)) {
        const table = /UPDATE "(\w+)"/.exec(statement)![1]!;
        if ((VERSIONED_MODELS as readonly string[]).includes(table)) expect(statement, file).toMatch(/\.version = \w+\.version/);
      }
    }
  });
});

type Save = (version: number) => Promise<unknown>;
interface Case {
  /** Sets up a row; returns its id, its version and two different saves from that version. */
  prepare(values: [string, string]): Promise<{ id: string; version: number; saves: [Save, Save]; readBack(): Promise<string> }>;
}

const one = async <T>(promise: Promise<T | null>) => (await promise)!;

/** Through the helper directly, with a text field each save sets to its own value. */
function helperCase<M extends VersionedModel>(model: M, field: string, find: () => Promise<{ id: string; version: number }>): Case {
  return {
    async prepare(values: [string, string]) {
      const row = await find();
      const save = (value: string) => (version: number) =>
        db().$transaction((tx) => updateVersioned(tx, model, row.id, version, { [field]: value } as never));
      const delegate = (db() as unknown as Record<string, { findUniqueOrThrow(a: object): Promise<Record<string, unknown>> }>)[
        model.charAt(0).toLowerCase() + model.slice(1)
      ]!;
      return { ...row, saves: [save(values[0]), save(values[1])], readBack: async () => String((await delegate.findUniqueOrThrow({ where: { id: row.id } }))[field]) };
    },
  };
}

const CASES: Record<VersionedModel, Case> = {
  User: {
    async prepare(values) {
      const user = await db().user.findUniqueOrThrow({ where: { email: "donor.sida@example.org" } });
      const save = (name: string) => (version: number) =>
        updateUser(actors.admin, user.id, { name, role: user.role, organizationId: user.organizationId, version });
      return { ...user, saves: [save(values[0]), save(values[1])], readBack: async () => (await db().user.findUniqueOrThrow({ where: { id: user.id } })).name };
    },
  },
  Participant: {
    async prepare(values) {
      const p = await one(db().participant.findFirst({ orderBy: { id: "asc" } }));
      const save = (jobTitle: string) => (version: number) =>
        updateParticipant(actors.staff, p.id, { fullName: p.fullName, email: p.email, sex: p.sex, ageBand: p.ageBand, stakeholderGroup: p.stakeholderGroup, jobTitle, organizationId: p.organizationId, version });
      return { ...p, saves: [save(values[0]), save(values[1])], readBack: async () => (await db().participant.findUniqueOrThrow({ where: { id: p.id } })).jobTitle };
    },
  },
  Organization: {
    async prepare(values) {
      const org = await one(db().organization.findFirst({ where: { kind: "DONOR" }, orderBy: { id: "asc" } }));
      const save = (name: string) => (version: number) =>
        updateOrganization(actors.staff, org.id, version, { name, acronym: org.acronym, kind: org.kind, countryCode: org.countryCode, membershipCategory: org.membershipCategory, website: org.website });
      return { ...org, saves: [save(values[0]), save(values[1])], readBack: async () => (await db().organization.findUniqueOrThrow({ where: { id: org.id } })).name };
    },
  },
  Indicator: {
    async prepare(values) {
      const i = await one(db().indicator.findFirst({ where: { programmeId: { not: null }, archived: false }, orderBy: { code: "asc" } }));
      const save = (title: string) => (version: number) =>
        updateIndicator(actors.staff, i.id, version, {
          resultAreaId: i.resultAreaId!,
          code: i.code,
          title,
          definition: i.definition,
          unit: i.unit,
          currency: i.currency,
          direction: i.direction,
          source: i.source,
          baselineValue: i.baselineValue === null ? null : Number(i.baselineValue),
          baselineDate: i.baselineDate,
          targetValue: i.targetValue === null ? null : Number(i.targetValue),
          targetDate: i.targetDate,
          disaggregateByNsb: i.disaggregateByNsb,
          disaggregateBySex: i.disaggregateBySex,
        });
      return { ...i, saves: [save(values[0]), save(values[1])], readBack: async () => (await db().indicator.findUniqueOrThrow({ where: { id: i.id } })).title };
    },
  },
  Participation: {
    async prepare(values) {
      const r = await one(db().participation.findFirst({ orderBy: { id: "asc" } }));
      const save = (feedback: string) => (version: number) =>
        saveAttendance(actors.staff, r.activityId, [
          { participationId: r.id, version, role: r.role, attendance: r.attendance, completed: r.completed, preTestScore: r.preTestScore, postTestScore: r.postTestScore, satisfaction: r.satisfaction, feedback, testimonial: r.testimonial, consentToQuote: r.consentToQuote },
        ]);
      return { ...r, saves: [save(values[0]), save(values[1])], readBack: async () => (await db().participation.findUniqueOrThrow({ where: { id: r.id } })).feedback };
    },
  },
  // Their own save functions already held (programmes-write, activities, evidence, reports
  // and framework tests); here the shared helper every one of them now calls.
  ActionPlan: helperCase("ActionPlan", "title", () => one(db().actionPlan.findFirst({ orderBy: { id: "asc" } }))),
  ResultArea: helperCase("ResultArea", "title", () => one(db().resultArea.findFirst({ orderBy: { id: "asc" } }))),
  Programme: helperCase("Programme", "title", () => one(db().programme.findFirst({ orderBy: { id: "asc" } }))),
  Activity: helperCase("Activity", "title", () => one(db().activity.findFirst({ orderBy: { id: "asc" } }))),
  IndicatorReport: helperCase("IndicatorReport", "narrative", () => one(db().indicatorReport.findFirst({ orderBy: { id: "asc" } }))),
  NationalAdoption: helperCase("NationalAdoption", "nationalReference", () => one(db().nationalAdoption.findFirst({ orderBy: { id: "asc" } }))),
  CommitteeRole: helperCase("CommitteeRole", "committee", () => one(db().committeeRole.findFirst({ orderBy: { id: "asc" } }))),
  FollowUpSurvey: helperCase("FollowUpSurvey", "template", () => one(db().followUpSurvey.findFirst({ orderBy: { id: "asc" } }))),
  SurveyInvitation: helperCase("SurveyInvitation", "answers", () => one(db().surveyInvitation.findFirst({ orderBy: { id: "asc" } }))),
  AssessmentTemplate: helperCase("AssessmentTemplate", "title", () => one(db().assessmentTemplate.findFirst({ orderBy: { id: "asc" } }))),
  AssessmentRound: helperCase("AssessmentRound", "reviewComment", () => one(db().assessmentRound.findFirst({ orderBy: { id: "asc" } }))),
};

describe("two saves from the same version at once", () => {
  it("has a case for every versioned model", () => {
    expect(Object.keys(CASES).sort()).toEqual(versionedModelsInSchema().sort());
  });

  for (const model of VERSIONED_MODELS) {
    it(`${model}: exactly one wins, the other gets a conflict, nothing is lost`, async () => {
      for (let round = 0; round < 3; round++) {
        const values: [string, string] = [`first save ${round}`, `second save ${round}`];
        const { version, saves, readBack } = await CASES[model].prepare(values);
        const results = await Promise.allSettled([saves[0](version), saves[1](version)]);
        const won = results.findIndex((r) => r.status === "fulfilled");
        const lost = results.filter((r) => r.status === "rejected");
        expect(won, JSON.stringify(results.map((r) => (r.status === "rejected" ? String(r.reason) : "ok")))).toBeGreaterThanOrEqual(0);
        expect(lost).toHaveLength(1);
        expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
        // The winner's edit is what the row holds.
        expect(await readBack()).toBe(values[won]);
      }
    });
  }
});
