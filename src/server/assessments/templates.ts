import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { assertCan } from "@/server/auth/permissions";
import { recordAudit } from "@/server/audit/record";
import { updateVersioned } from "@/server/audit/versioned";
import { DomainValidationError, NotFoundError } from "@/domain/errors";
import { parseTemplateContent, type TemplateContent } from "@/domain/assessments/template";
import { latestVersion } from "./round-data";
import type { TemplateInput } from "@/domain/assessments/schema";

/*
 * Self-assessment questionnaires (staff). A template's areas, questions and level texts
 * live in AssessmentTemplateVersion rows that are never changed: saving an edit writes a
 * new version numbered as the template's new `version` (updateVersioned, so two editors
 * who opened the same version cannot both save), and a round keeps the version it was
 * opened with.
 */

export const TEMPLATE_ENTITY = "AssessmentTemplate";

/** Every questionnaire, with its current version and how many rounds were answered with it (staff). */
export async function listTemplates(actor: Actor) {
  assertCan(actor, "assessments.templates");
  const rows = await db().assessmentTemplate.findMany({
    orderBy: [{ title: "asc" }, { id: "asc" }],
    select: { id: true, title: true, description: true, version: true, updatedAt: true, versions: { select: { _count: { select: { rounds: true } } } } },
  });
  return rows.map(({ versions, ...t }) => ({ ...t, rounds: versions.reduce((n, v) => n + v._count.rounds, 0) }));
}

/** The questionnaires a new round may use (newest first), for those who open rounds. */
export async function templateChoices(actor: Actor) {
  assertCan(actor, "assessments.write");
  return db().assessmentTemplate.findMany({ orderBy: [{ updatedAt: "desc" }, { id: "asc" }], select: { id: true, title: true, version: true } });
}

/** A questionnaire with its current content and every version (number, when, by whom, rounds using it). */
export async function getTemplate(actor: Actor, id: string) {
  assertCan(actor, "assessments.templates");
  const template = await db().assessmentTemplate.findUnique({
    where: { id },
    include: { versions: { orderBy: { number: "desc" }, select: { id: true, number: true, content: true, createdAt: true, createdById: true, _count: { select: { rounds: true } } } } },
  });
  if (!template || template.versions.length === 0) throw new NotFoundError("Questionnaire");
  const authors = await db().user.findMany({ where: { id: { in: template.versions.flatMap((v) => (v.createdById ? [v.createdById] : [])) } }, select: { id: true, name: true } });
  const nameOf = new Map(authors.map((u) => [u.id, u.name]));
  const { versions, ...row } = template;
  return {
    template: row,
    content: parseTemplateContent(versions[0]!.content),
    versions: versions.map((v) => ({ id: v.id, number: v.number, createdAt: v.createdAt, createdBy: v.createdById ? (nameOf.get(v.createdById) ?? null) : null, rounds: v._count.rounds })),
  };
}

const asJson = (content: TemplateContent) => content as unknown as Prisma.InputJsonValue;

/**
 * Creates a questionnaire (no id) or saves an edit of one as its next version (id and the
 * version read). Keys of areas and questions must stay unique (the schema checks it).
 */
export async function saveTemplate(actor: Actor, input: TemplateInput) {
  assertCan(actor, "assessments.templates");
  return db().$transaction(async (tx) => {
    if (!input.id) {
      const template = await tx.assessmentTemplate.create({ data: { title: input.title, description: input.description } });
      const version = await tx.assessmentTemplateVersion.create({ data: { templateId: template.id, number: template.version, content: asJson(input.content), createdById: actor.id } });
      await recordAudit(tx, actor, { action: "CREATE", entityType: TEMPLATE_ENTITY, entityId: template.id, after: { ...template, content: version.content } });
      return template;
    }
    if (input.version == null) throw new DomainValidationError("Reload the questionnaire: the version you edited is missing.");
    const before = await tx.assessmentTemplate.findUnique({ where: { id: input.id } });
    if (!before) throw new NotFoundError("Questionnaire");
    const previous = await latestVersion(tx, before.id);
    const after = await updateVersioned(tx, "AssessmentTemplate", before.id, input.version, { title: input.title, description: input.description });
    const version = await tx.assessmentTemplateVersion.create({ data: { templateId: after.id, number: after.version, content: asJson(input.content), createdById: actor.id } });
    await recordAudit(tx, actor, {
      action: "UPDATE",
      entityType: TEMPLATE_ENTITY,
      entityId: after.id,
      before: { ...before, content: previous.content },
      after: { ...after, content: version.content },
    });
    return after;
  });
}
