import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { listReturnedReports } from "@/server/reports";
import { formatDateTime } from "@/lib/format";
import { FocalTasks } from "./focal-tasks";
import { ReviewQueue } from "./review-queue";
import { periodText, type SearchParams } from "./list-parts";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { ReportStatusBadge } from "@/components/reports/report-status-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reportsPage"))("title") };
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "reports.write")) notFound();
  const params = await searchParams;
  const t = await getTranslations();
  const staff = can(actor, "reports.review");
  const returned = await listReturnedReports(actor);
  const yesNo = { yes: t("common.yes"), no: t("common.no") };

  return (
    <>
      <PageHeader
        title={t("reportsPage.title")}
        description={staff ? t("reportsPage.staffDescription") : t("reportsPage.focalDescription")}
        actions={
          <>
            <ButtonLink href="/reports/new">{t("reportsPage.newReport")}</ButtonLink>
            <ButtonLink href="/reports/matrix" variant="secondary">{t("reportMatrix.nav")}</ButtonLink>
            {staff ? <ButtonLink href="/reports/locks" variant="secondary">{t("periodLocks.nav")}</ButtonLink> : null}
          </>
        }
      />
      <ReturnedReports reports={returned} />
      {staff ? <ReviewQueue actor={actor} params={params} yesNo={yesNo} /> : <FocalTasks actor={actor} params={params} yesNo={yesNo} />}
    </>
  );
}

/** The focal point's reports sent back for changes, with the reviewer's comment. */
async function ReturnedReports({ reports }: { reports: Awaited<ReturnType<typeof listReturnedReports>> }) {
  if (reports.length === 0) return null;
  const t = await getTranslations();
  return (
    <section aria-labelledby="returned-heading" className="mb-8" data-testid="returned-reports">
      <h2 id="returned-heading" className="mb-3 text-lg font-semibold">{t("reportsPage.returnedTitle", { count: reports.length })}</h2>
      <ul className="space-y-3">
        {reports.map((r) => (
          <li key={r.id} className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
            <p className="flex flex-wrap items-center gap-2 font-medium">
              <ReportStatusBadge status={r.status} />
              <span>{r.indicator.code} · {r.organization?.acronym ?? t("reportForm.wholeProgramme")} · {periodText(r)}</span>
            </p>
            <p className="mt-1">{t("reportsPage.returnedBy", { name: r.reviewedBy?.name ?? "—", when: r.reviewedAt ? formatDateTime(r.reviewedAt) : "—" })}</p>
            <blockquote className="mt-1 whitespace-pre-line border-l-4 border-amber-400 pl-3">{r.reviewComment}</blockquote>
            <p className="mt-2">
              <Link href={`/reports/${r.id}/edit`} className="font-medium text-brand-700 underline">{t("reportsPage.fix", { code: r.indicator.code })}</Link>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
