/** The two ISO Action Plans for developing countries and their results trees. */
import type { Prisma } from "../../src/generated/prisma/client";
import type { ResultLevel } from "../../src/generated/prisma/enums";

interface ResultAreaSeed {
  code: string;
  level: ResultLevel;
  parent: string | null;
  title: string;
  description?: string;
}

interface ActionPlanSeed {
  title: string;
  startYear: number;
  endYear: number;
  description: string;
  resultAreas: readonly ResultAreaSeed[];
}

export const PLAN_2021_2025: ActionPlanSeed = {
  title: "ISO Action Plan for developing countries 2021-2025",
  startYear: 2021,
  endYear: 2025,
  description:
    "ISO's framework for capacity building in developing-country members for 2021-2025. " +
    "DEVCO reviews progress against the plan every year.",
  resultAreas: [
    {
      code: "G", level: "GOAL", parent: null,
      title: "Developing-country members contribute actively to the ISO system and fully benefit from ISO standards",
      description: "Long-term objective of the Action Plan.",
    },
    {
      code: "O1", level: "OUTCOME", parent: "G",
      title: "Increased use of ISO standards and their national adoptions in developing countries",
      description: "ISO standards and their national adoptions support the UN Sustainable Development Goals, with priority given to trade and climate change.",
    },
    {
      code: "O1.1", level: "OUTPUT", parent: "O1",
      title: "NSBs have the capacity to adopt ISO standards nationally and promote their use",
      description: "Training, guidance and advisory services on national adoption procedures and on the implementation of ISO standards.",
    },
    {
      code: "O1.2", level: "OUTPUT", parent: "O1",
      title: "Stakeholders are aware of the benefits of ISO standards",
      description: "Government and regulators, industry including SMEs and women-owned businesses, academia, consumer organizations and NGOs.",
    },
    {
      code: "O1.3", level: "OUTPUT", parent: "O1",
      title: "National standardization strategies reflect national priorities",
      description: "NSBs develop national standardization strategies (NSS) that set priorities such as trade, climate change and critical and emerging technologies.",
    },
    {
      code: "O2", level: "OUTCOME", parent: "G",
      title: "Increased effective participation of developing-country members at governance and technical levels",
    },
    {
      code: "O2.1", level: "OUTPUT", parent: "O2",
      title: "NSB experts participate effectively in ISO technical committees",
      description: "P-membership, leadership roles (chair, secretary, convener), twinning arrangements and sponsorships to attend committee meetings.",
    },
    {
      code: "O2.2", level: "OUTPUT", parent: "O2",
      title: "NSBs apply good standardization practices",
      description: "Good Standardization Practices (GSP) in national standards development, aligned with the WTO TBT Code of Good Practice.",
    },
    {
      code: "O2.3", level: "OUTPUT", parent: "O2",
      title: "Regional cooperation and peer learning among NSBs strengthened",
    },
  ],
};

export const PLAN_2011_2015: ActionPlanSeed = {
  title: "ISO Action Plan for developing countries 2011-2015",
  startYear: 2011,
  endYear: 2015,
  description: "The earlier Action Plan, kept for reference and for historical reporting.",
  resultAreas: [
    {
      code: "G", level: "GOAL", parent: null,
      title: "Developing countries benefit from International Standards for sustainable development and trade",
    },
    {
      code: "P", level: "OUTCOME", parent: "G",
      title: "The capacity of developing countries to participate in and benefit from international standardization is increased",
      description: "The purpose of the plan.",
    },
    { code: "OP1", level: "OUTPUT", parent: "P", title: "Increased participation of developing countries in ISO technical work" },
    { code: "OP2", level: "OUTPUT", parent: "P", title: "Capacity built in standardization and related matters" },
    { code: "OP3", level: "OUTPUT", parent: "P", title: "Awareness raised of the benefits of International Standards" },
    { code: "OP4", level: "OUTPUT", parent: "P", title: "NSBs strengthened at institutional level" },
    { code: "OP5", level: "OUTPUT", parent: "P", title: "Regional cooperation in standardization strengthened" },
    { code: "OP6", level: "OUTPUT", parent: "P", title: "Standardization included in educational curricula" },
  ],
};

/**
 * Creates a plan and its results tree, or completes one of the same title that already
 * exists; returns the plan id and the result-area ids by code.
 */
export async function createActionPlan(
  tx: Prisma.TransactionClient,
  plan: ActionPlanSeed,
): Promise<{ id: string; areas: Map<string, string> }> {
  const existing = await tx.actionPlan.findFirst({
    where: { title: plan.title },
    select: { id: true, resultAreas: { select: { id: true, code: true } } },
  });
  const { id } =
    existing ??
    (await tx.actionPlan.create({
      data: { title: plan.title, startYear: plan.startYear, endYear: plan.endYear, description: plan.description },
      select: { id: true },
    }));
  const areas = new Map<string, string>((existing?.resultAreas ?? []).map((area) => [area.code, area.id]));
  // Parents come before their children in each list, so one pass links the tree.
  for (const [sortOrder, area] of plan.resultAreas.entries()) {
    if (areas.has(area.code)) continue;
    const parentId = area.parent === null ? null : areas.get(area.parent);
    if (parentId === undefined) throw new Error(`Result area ${area.code}: parent ${area.parent} not created yet`);
    const created = await tx.resultArea.create({
      data: {
        actionPlanId: id,
        parentId,
        level: area.level,
        code: area.code,
        title: area.title,
        description: area.description ?? "",
        sortOrder,
      },
      select: { id: true },
    });
    areas.set(area.code, created.id);
  }
  return { id, areas };
}
