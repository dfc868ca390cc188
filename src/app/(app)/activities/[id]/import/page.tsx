import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { importPageData } from "@/server/imports";
import { ForbiddenError, NotFoundError } from "@/domain/errors";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { ImportForm } from "./import-form";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ id: string }> };

/** The page answers "not found" for an activity out of scope and for roles that may not import (donors). */
async function load(id: string) {
  const actor = await requireActor();
  try {
    return await importPageData(actor, id);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) notFound();
    throw error;
  }
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("title") };
}

async function ImportPage({ params }: Params) {
  const { id } = await params;
  const { activity, staff, nsbs } = await load(id);
  const t = await getTranslations("imports");
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="mb-2 text-sm">
        <Link href="/activities" className="text-brand-700 hover:underline">{t("activities")}</Link>
        <span aria-hidden="true" className="mx-1 text-slate-400">/</span>
        <Link href={`/activities/${id}`} className="text-brand-700 hover:underline">{activity.title}</Link>
      </nav>
      <PageHeader
        title={t("title")}
        description={t("description", { activity: activity.title })}
        actions={<ButtonLink href={`/activities/${id}/participants`} variant="secondary">{t("backToAttendance")}</ButtonLink>}
      />
      {activity.status === "CANCELLED" ? (
        <Alert tone="warning">{t("cancelled")}</Alert>
      ) : (
        <ImportForm activityId={id} staff={staff} nsbs={nsbs.map((n) => ({ id: n.id, label: `${n.acronym} · ${n.name}` }))} />
      )}
    </>
  );
}

export default withClientMessages(["enums", "importErrors", "imports"], ImportPage);
