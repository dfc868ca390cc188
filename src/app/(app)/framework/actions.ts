"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { formAction } from "@/app/_lib/form-action";
import {
  archiveActionPlan,
  archiveResultArea,
  createActionPlan,
  createResultArea,
  moveResultArea,
  restoreActionPlan,
  restoreResultArea,
  updateActionPlan,
  updateResultArea,
} from "@/server/framework";
import { archiveSchema, areaSchema, areaUpdateSchema, moveSchema, planSchema, planUpdateSchema } from "@/domain/framework/schema";

const planPath = (id: string, notice?: string, showArchived?: string) => {
  const search = new URLSearchParams();
  if (showArchived) search.set("archived", "1");
  if (notice) search.set("notice", notice);
  const query = search.toString();
  return `/framework/${id}${query ? `?${query}` : ""}`;
};

export const createPlanAction = formAction(planSchema, async (actor, input) => {
  const plan = await createActionPlan(actor, input);
  revalidatePath("/framework");
  redirect(planPath(plan.id, "planCreated"));
});

export const updatePlanAction = formAction(planUpdateSchema, async (actor, { id, ...input }) => {
  await updateActionPlan(actor, id, input);
  revalidatePath("/framework", "layout");
  redirect(planPath(id, "planSaved"));
});

export const archivePlanAction = formAction(archiveSchema, async (actor, { id, version }) => {
  await archiveActionPlan(actor, id, version);
  revalidatePath("/framework", "layout");
  redirect(planPath(id, "planArchived"));
});

export const restorePlanAction = formAction(archiveSchema, async (actor, { id, version }) => {
  await restoreActionPlan(actor, id, version);
  revalidatePath("/framework", "layout");
  redirect(planPath(id, "planRestored"));
});

export const createAreaAction = formAction(areaSchema, async (actor, input) => {
  const area = await createResultArea(actor, input);
  revalidatePath("/framework", "layout");
  redirect(planPath(area.actionPlanId, "areaCreated"));
});

export const updateAreaAction = formAction(areaUpdateSchema, async (actor, { id, ...input }) => {
  const area = await updateResultArea(actor, id, input);
  revalidatePath("/framework", "layout");
  redirect(planPath(area.actionPlanId, "areaSaved"));
});

export const moveAreaAction = formAction(moveSchema, async (actor, { id, direction }) => {
  const area = await moveResultArea(actor, id, direction);
  revalidatePath("/framework", "layout");
  const t = await getTranslations("framework");
  return { status: "success", message: t(direction === "up" ? "notices.movedUp" : "notices.movedDown", { code: area.code }) };
});

export const archiveAreaAction = formAction(archiveSchema, async (actor, { id, version, showArchived }) => {
  const area = await archiveResultArea(actor, id, version);
  revalidatePath("/framework", "layout");
  redirect(planPath(area.actionPlanId, "areaArchived", showArchived));
});

export const restoreAreaAction = formAction(archiveSchema, async (actor, { id, version, showArchived }) => {
  const area = await restoreResultArea(actor, id, version);
  revalidatePath("/framework", "layout");
  redirect(planPath(area.actionPlanId, "areaRestored", showArchived));
});
