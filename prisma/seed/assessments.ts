/**
 * NSB capacity self-assessments for the demo: the default questionnaire, a validated
 * baseline (August 2022) and end-line (June 2024) for two CET NSBs (BSN and TISI), and a
 * CET indicator computed from them (the average change of score).
 */
import type { Prisma } from "../../src/generated/prisma/client";
import { DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_DESCRIPTION, DEFAULT_TEMPLATE_TITLE } from "./assessment-template";

export interface AssessmentsContext {
  cet: string;
  /** The result area the CET indicator serves (O2.1). */
  resultAreaId: string;
  orgs: ReadonlyMap<string, string>;
  users: { staff: string; focalBsn: string; focalTisi: string };
}

type Scores = readonly [governance: number, gsp: number, iso: number, adoption: number, stakeholders: number, gender: number];

interface RoundSeed {
  nsb: "BSN" | "TISI";
  kind: "BASELINE" | "FOLLOW_UP";
  assessedOn: string;
  scores: Scores;
  notes: readonly string[];
}

const ROUNDS: readonly RoundSeed[] = [
  {
    nsb: "BSN", kind: "BASELINE", assessedOn: "2022-08-15", scores: [2, 1, 2, 2, 1, 1],
    notes: ["Board statutes of 2014; minutes not published.", "Procedure PSN 01 exists; public enquiry often shortened.", "P-member of 40 committees, votes often late.", "Adoption list agreed with the ministry.", "", "Gender focal person named in 2022."],
  },
  {
    nsb: "BSN", kind: "FOLLOW_UP", assessedOn: "2024-06-14", scores: [3, 3, 3, 3, 2, 2],
    notes: ["Board decisions published since 2023.", "PSN 01 revised after the GSP training; enquiry of 60 days applied.", "Mirror committee for JTC 1 set up; votes on time.", "Yearly awareness week with industry.", "SME association joined two committees.", "Signed the Gender Responsive Standards Declaration."],
  },
  {
    nsb: "TISI", kind: "BASELINE", assessedOn: "2022-08-22", scores: [2, 2, 2, 2, 2, 0],
    notes: ["", "Procedure in place; review cycle not tracked.", "P-member in 30 committees.", "", "Consultations open to registered members only.", ""],
  },
  {
    nsb: "TISI", kind: "FOLLOW_UP", assessedOn: "2024-06-20", scores: [3, 2, 3, 3, 3, 1],
    notes: ["Strategy 2023-2027 adopted by the board.", "", "Experts attended the JTC 1 plenary in Berlin.", "Adoption plan agreed with regulators.", "Consultations now public on the website.", "Awareness session for committee chairs."],
  },
];

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const at = (iso: string, hours: number) => new Date(day(iso).getTime() + hours * 3_600_000);

export async function seedAssessments(tx: Prisma.TransactionClient, ctx: AssessmentsContext): Promise<void> {
  const template = await tx.assessmentTemplate.create({ data: { title: DEFAULT_TEMPLATE_TITLE, description: DEFAULT_TEMPLATE_DESCRIPTION } });
  const version = await tx.assessmentTemplateVersion.create({
    data: { templateId: template.id, number: template.version, content: DEFAULT_TEMPLATE as unknown as Prisma.InputJsonValue, createdById: ctx.users.staff },
  });
  const questions = DEFAULT_TEMPLATE.areas.map((area) => area.questions[0]!.key);
  for (const seed of ROUNDS) {
    const nsbId = ctx.orgs.get(seed.nsb);
    if (nsbId === undefined) throw new Error(`Demo data: no organisation ${seed.nsb}`);
    const submittedAt = at(seed.assessedOn, 24 + 9);
    await tx.assessmentRound.create({
      data: {
        organizationId: nsbId,
        programmeId: ctx.cet,
        kind: seed.kind,
        assessedOn: day(seed.assessedOn),
        templateVersionId: version.id,
        status: "VALIDATED",
        submittedById: seed.nsb === "BSN" ? ctx.users.focalBsn : ctx.users.focalTisi,
        submittedAt,
        reviewedById: ctx.users.staff,
        reviewedAt: new Date(submittedAt.getTime() + 3 * 86_400_000),
        answers: { create: questions.map((questionKey, i) => ({ questionKey, score: seed.scores[i]!, notes: seed.notes[i] ?? "" })) },
      },
    });
  }
  await tx.indicator.create({
    data: {
      programmeId: ctx.cet,
      resultAreaId: ctx.resultAreaId,
      code: "CET-CAP",
      title: "Average change in NSB capacity self-assessment score",
      definition: "Change of overall self-assessment score (0-4) from each NSB's validated baseline to its latest validated follow-up, averaged across the NSBs that have both.",
      unit: "COUNT",
      source: "CAPACITY_SCORE_CHANGE",
      baselineValue: 0,
      baselineDate: day("2022-08-31"),
      targetValue: 1,
      targetDate: day("2024-06-30"),
      disaggregateByNsb: true,
    },
  });
}
