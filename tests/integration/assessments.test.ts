import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { ConflictError, DomainValidationError, ForbiddenError, NotFoundError } from "@/domain/errors";
import { capacityComparison } from "@/server/assessments/comparison";
import { getRound, listRounds, roundFormOptions } from "@/server/assessments/queries";
import { openRound, reviewRound, saveRoundAnswers } from "@/server/assessments/rounds";
import { getTemplate, listTemplates, saveTemplate, templateChoices } from "@/server/assessments/templates";
import { computeIndicatorValue } from "@/server/indicators/computed";
import { parseTemplateContent, type TemplateContent } from "@/domain/assessments/template";
import { programmeByCode, seedDemo, type DemoActors } from "../support/actors";

/*
 * Issue 15, item 4: NSB capacity self-assessments. Rounds keep their questionnaire version;
 * a focal point answers only for their own NSB; staff validate or return; donors see
 * validated scores only, never notes; the computed indicator equals the change worked out
 * by hand from the rows.
 */

let actors: DemoActors;
let cet: string;
const org = new Map<string, string>();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  actors = await seedDemo();
  cet = (await programmeByCode("CET-SEA")).id;
  for (const o of await db().organization.findMany({ where: { kind: "NSB" } })) org.set(o.acronym, o.id);
});

const defaultTemplate = async () => (await listTemplates(actors.staff))[0]!;
const questionKeys = (content: TemplateContent) => content.areas.flatMap((a) => a.questions.map((q) => q.key));
const answers = (content: TemplateContent, score: number | null) => questionKeys(content).map((questionKey) => ({ questionKey, score, notes: score === null ? "" : `Evidence for ${questionKey}` }));

async function openFollowUp(actor = actors.focalBsn, nsb = "BSN") {
  return openRound(actor, { organizationId: org.get(nsb)!, programmeId: cet, kind: "FOLLOW_UP", assessedOn: day("2025-06-30"), templateId: null });
}

describe("questionnaire versions", () => {
  it("keeps each round's version when the questionnaire changes, and gives new rounds the new one", async () => {
    const template = await defaultTemplate();
    const round = await openFollowUp();
    const before = await getRound(actors.focalBsn, round.id);
    expect(before.round.templateVersion.number).toBe(template.version);

    const { content } = await getTemplate(actors.staff, template.id);
    const edited: TemplateContent = {
      areas: [...content.areas.map((a, i) => (i === 0 ? { ...a, title: { ...a.title, en: "Governance and strategy" } } : a)), {
        key: "digital",
        title: { en: "Digital services", fr: "", es: "" },
        questions: [{ key: "digital-1", text: { en: "Are standards sold online?", fr: "", es: "" }, levels: [0, 1, 2, 3, 4].map((l) => ({ en: `Level ${l}`, fr: "", es: "" })) }],
      }],
    };
    const saved = await saveTemplate(actors.staff, { id: template.id, version: template.version, title: template.title, description: template.description, content: edited });
    expect(saved.version).toBe(template.version + 1);
    // Saving again from the version read first is a conflict: the other editor's version stands.
    await expect(saveTemplate(actors.admin, { id: template.id, version: template.version, title: "Stale", description: "", content })).rejects.toBeInstanceOf(ConflictError);

    const after = await getRound(actors.focalBsn, round.id);
    expect(after.round.templateVersionId).toBe(before.round.templateVersionId);
    expect(after.content).toEqual(before.content);
    expect(after.content.areas.map((a) => a.key)).not.toContain("digital");
    // The seeded rounds too.
    const seeded = await db().assessmentRound.findMany({ where: { programmeId: cet, status: "VALIDATED" }, include: { templateVersion: true } });
    expect(seeded.map((r) => r.templateVersion.number)).toEqual(seeded.map(() => template.version));

    const next = await openFollowUp(actors.focalTisi, "TISI");
    const fresh = await getRound(actors.focalTisi, next.id);
    expect(fresh.round.templateVersion.number).toBe(template.version + 1);
    expect(fresh.content.areas.map((a) => a.key)).toContain("digital");
    expect((await getTemplate(actors.staff, template.id)).versions.map((v) => v.number)).toEqual([template.version + 1, template.version]);
    await db().assessmentRound.deleteMany({ where: { id: { in: [round.id, next.id] } } });
  });

  it("lets only staff read and change questionnaires", async () => {
    for (const who of ["focalBsn", "donorDfat"] as const) {
      await expect(listTemplates(actors[who])).rejects.toBeInstanceOf(ForbiddenError);
      await expect(saveTemplate(actors[who], { id: null, version: null, title: "Mine", description: "", content: { areas: [] } })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect((await templateChoices(actors.focalBsn)).length).toBeGreaterThan(0);
  });
});

describe("a focal point's rounds", () => {
  it("opens, answers and sees only their own NSB's rounds, whatever NSB a form names", async () => {
    const round = await openRound(actors.focalTisi, { organizationId: org.get("BSN")!, programmeId: cet, kind: "FOLLOW_UP", assessedOn: day("2025-01-31"), templateId: null });
    expect(round.organizationId).toBe(org.get("TISI"));
    const bsnRound = (await db().assessmentRound.findFirstOrThrow({ where: { organizationId: org.get("BSN") } })).id;
    await expect(getRound(actors.focalTisi, bsnRound)).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveRoundAnswers(actors.focalTisi, { id: bsnRound, version: 1, submit: false, answers: [] })).rejects.toBeInstanceOf(NotFoundError);
    const list = await listRounds(actors.focalTisi);
    expect(list.rows.length).toBeGreaterThan(0);
    expect(new Set(list.rows.map((r) => r.organization.acronym))).toEqual(new Set(["TISI"]));
    expect((await roundFormOptions(actors.focalTisi)).nsbs.map((n) => n.acronym)).toEqual(["TISI"]);
    // A programme the NSB does not benefit from is refused with a field error.
    const africa = (await programmeByCode("AP-AFR-EAST")).id;
    await expect(openRound(actors.staff, { organizationId: org.get("TISI")!, programmeId: africa, kind: "BASELINE", assessedOn: day("2025-01-31"), templateId: null })).rejects.toBeInstanceOf(DomainValidationError);
    // One baseline per NSB and programme.
    await expect(openRound(actors.focalTisi, { organizationId: null, programmeId: cet, kind: "BASELINE", assessedOn: day("2025-01-31"), templateId: null })).rejects.toMatchObject({ fieldErrors: { kind: [expect.any(String)] } });
    await db().assessmentRound.delete({ where: { id: round.id } });
  });
});

describe("submitting and validating", () => {
  it("saves drafts, submits only when every question has a level, and staff validate or return", async () => {
    const round = await openFollowUp();
    const { content } = await getRound(actors.focalBsn, round.id);
    const keys = questionKeys(content);
    const draft = await saveRoundAnswers(actors.focalBsn, { id: round.id, version: 1, submit: false, answers: [{ questionKey: keys[0]!, score: 3, notes: "Board minutes 2025" }] });
    expect(draft.status).toBe("DRAFT");
    await expect(saveRoundAnswers(actors.focalBsn, { id: round.id, version: draft.version, submit: true, answers: [] })).rejects.toMatchObject({ fieldErrors: { [`score:${keys[1]}`]: [expect.any(String)] } });
    // The first answer was kept by the draft: the rest completes the round.
    const submitted = await saveRoundAnswers(actors.focalBsn, { id: round.id, version: draft.version, submit: true, answers: answers(content, 2).slice(1) });
    expect(submitted.status).toBe("SUBMITTED");
    expect((await getRound(actors.focalBsn, round.id)).round.answers.find((a) => a.questionKey === keys[0])).toMatchObject({ score: 3, notes: "Board minutes 2025" });
    await expect(saveRoundAnswers(actors.focalBsn, { id: round.id, version: submitted.version, submit: false, answers: [] })).rejects.toBeInstanceOf(DomainValidationError);

    await expect(reviewRound(actors.focalBsn, { id: round.id, version: submitted.version, decision: "validate", comment: "" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(reviewRound(actors.staff, { id: round.id, version: submitted.version, decision: "return", comment: " " })).rejects.toBeInstanceOf(DomainValidationError);
    const returned = await reviewRound(actors.staff, { id: round.id, version: submitted.version, decision: "return", comment: "Add the evidence for GSP." });
    expect(returned).toMatchObject({ status: "RETURNED", reviewComment: "Add the evidence for GSP." });
    const fixed = await saveRoundAnswers(actors.focalBsn, { id: round.id, version: returned.version, submit: false, answers: [{ questionKey: keys[1]!, score: 3, notes: "Procedure revised" }] });
    expect(fixed.status).toBe("RETURNED");
    const resubmitted = await saveRoundAnswers(actors.focalBsn, { id: round.id, version: fixed.version, submit: true, answers: [] });
    await expect(reviewRound(actors.staff, { id: round.id, version: fixed.version, decision: "validate", comment: "" })).rejects.toBeInstanceOf(ConflictError);
    const validated = await reviewRound(actors.staff, { id: round.id, version: resubmitted.version, decision: "validate", comment: "" });
    expect(validated.status).toBe("VALIDATED");
    const trail = await db().auditEvent.findMany({ where: { entityType: "AssessmentRound", entityId: round.id }, orderBy: { createdAt: "asc" } });
    expect(trail.map((e) => e.action)).toEqual(["CREATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE", "UPDATE"]);
    await db().assessmentRound.delete({ where: { id: round.id } });
  });

  it("refuses validating a round one submitted oneself", async () => {
    const round = await openFollowUp(actors.staff);
    const { content } = await getRound(actors.staff, round.id);
    const submitted = await saveRoundAnswers(actors.staff, { id: round.id, version: 1, submit: true, answers: answers(content, 1) });
    await expect(reviewRound(actors.staff, { id: round.id, version: submitted.version, decision: "validate", comment: "" })).rejects.toBeInstanceOf(DomainValidationError);
    await expect(reviewRound(actors.admin, { id: round.id, version: submitted.version, decision: "validate", comment: "" })).resolves.toMatchObject({ status: "VALIDATED" });
    await db().assessmentRound.delete({ where: { id: round.id } });
  });
});

/** The overall score of a round worked out by hand from its rows: mean per area, then mean of the areas. */
async function overallByHand(roundId: string) {
  const round = await db().assessmentRound.findUniqueOrThrow({ where: { id: roundId }, include: { answers: true, templateVersion: true } });
  const content = parseTemplateContent(round.templateVersion.content);
  const areaMeans = content.areas.map((a) => {
    const s = a.questions.map((q) => round.answers.find((x) => x.questionKey === q.key)!.score!);
    return Math.round((s.reduce((x, y) => x + y, 0) / s.length) * 100) / 100;
  });
  return Math.round((areaMeans.reduce((x, y) => x + y, 0) / areaMeans.length) * 100) / 100;
}

describe("baseline against latest, and the indicator", () => {
  it("shows donors of the programme validated scores only: no notes, no round links", async () => {
    const rows = await capacityComparison(actors.donorDfat, { programmeId: cet });
    expect(rows.map((r) => r.nsb.acronym)).toEqual(["BSN", "TISI"]);
    const text = JSON.stringify(rows);
    expect(text).not.toMatch(/Board statutes|minutes|notes/i);
    expect(rows.every((r) => r.baseline?.id === null && r.latest?.id === null)).toBe(true);
    expect(await capacityComparison(actors.donorSida, { programmeId: cet })).toEqual([]);
    await expect(listRounds(actors.donorDfat)).rejects.toBeInstanceOf(ForbiddenError);
    const anyRound = (await db().assessmentRound.findFirstOrThrow()).id;
    await expect(getRound(actors.donorDfat, anyRound)).rejects.toBeInstanceOf(ForbiddenError);
    // A focal point sees their own NSB's comparison only; staff both, with links.
    expect((await capacityComparison(actors.focalTisi)).map((r) => r.nsb.acronym)).toEqual(["TISI"]);
    expect((await capacityComparison(actors.staff, { programmeId: cet })).every((r) => typeof r.latest?.id === "string")).toBe(true);
  });

  it("computes the average change of overall score across NSBs, as worked out by hand", async () => {
    const changes: number[] = [];
    for (const nsb of ["BSN", "TISI"]) {
      const rounds = await db().assessmentRound.findMany({ where: { programmeId: cet, organizationId: org.get(nsb), status: "VALIDATED" }, orderBy: { assessedOn: "asc" } });
      const [baseline, latest] = [rounds.find((r) => r.kind === "BASELINE")!, rounds.filter((r) => r.kind === "FOLLOW_UP").at(-1)!];
      changes.push(Math.round(((await overallByHand(latest.id)) - (await overallByHand(baseline.id))) * 100) / 100);
    }
    const expected = Math.round(((changes[0]! + changes[1]!) / 2) * 100) / 100;
    expect(changes).toEqual([1.17, 0.83]);
    const indicator = await db().indicator.findFirstOrThrow({ where: { code: "CET-CAP" } });
    const whole = await computeIndicatorValue(actors.staff, indicator.id, { periodStart: "2022-07-01", periodEnd: "2024-06-30" });
    expect(whole.value).toBe(expected);
    expect(whole.byNsb?.map((n) => [n.acronym, n.value])).toEqual([["BSN", 1.17], ["TISI", 0.83]]);
    // Before the end-line there is no follow-up: no change yet.
    expect((await computeIndicatorValue(actors.staff, indicator.id, { periodStart: "2022-07-01", periodEnd: "2023-06-30" })).value).toBeNull();
    // A focal point gets their own NSB's figure; a donor the same total, with no notes in the explanation.
    expect((await computeIndicatorValue(actors.focalBsn, indicator.id, { periodStart: "2022-07-01", periodEnd: "2024-06-30" })).value).toBe(1.17);
    const donor = await computeIndicatorValue(actors.donorDfat, indicator.id, { periodStart: "2022-07-01", periodEnd: "2024-06-30" });
    expect(donor.value).toBe(expected);
    expect(JSON.stringify(donor)).not.toMatch(/minutes|Board statutes/);
    // In percentage points of the maximum for a PERCENT indicator.
    const percent = await db().indicator.create({ data: { programmeId: cet, code: "CET-CAP-PCT", title: "Change in %", unit: "PERCENT", source: "CAPACITY_SCORE_CHANGE" } });
    expect((await computeIndicatorValue(actors.staff, percent.id, { periodStart: "2022-07-01", periodEnd: "2024-06-30" })).value).toBe(25 * expected);
  });
});
