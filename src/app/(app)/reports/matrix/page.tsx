import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { NotFoundError } from "@/domain/errors";
import { notReportedMatrix, reportFilterOptions } from "@/server/reports";
import { parseListParams } from "@/lib/list-params";
import { formatDate } from "@/lib/format";
import { parsePeriodKey, periodKey } from "@/domain/reports/rules";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Button, ButtonLink } from "@/components/ui/button";
import { FilterSelect } from "@/components/ui/filter-select";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { ReportStatusBadge } from "@/components/reports/report-status-badge";
import { RemindersForm } from "./reminders-form";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reportMatrix"))("title") };
}

const periodText = (p: { periodStart: Date; periodEnd: Date }) => `${formatDate(p.periodStart)} – ${formatDate(p.periodEnd)}`;

type Translate = Awaited<ReturnType<typeof getTranslations>>;
type Matrix = NonNullable<Awaited<ReturnType<typeof notReportedMatrix>>>;
type Period = Matrix["periods"][number];

async function MatrixPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "reports.write")) notFound();
  const t = await getTranslations();
  const params = parseListParams(await searchParams, {
    programmeId: z.string().max(40).optional().catch(undefined),
    period: z.string().max(30).optional().catch(undefined),
  });
  const options = await reportFilterOptions(actor);
  const programmeId = params.programmeId ?? (options.programmes.length === 1 ? options.programmes[0]!.id : undefined);
  const staff = can(actor, "reports.review");

  let matrix = null;
  if (programmeId) {
    try {
      matrix = await notReportedMatrix(actor, { programmeId, periodStart: params.period ? (parsePeriodKey(params.period)?.periodStart ?? null) : null });
    } catch (error) {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }
  }

  return (
    <>
      <PageHeader
        title={t("reportMatrix.title")}
        description={staff ? t("reportMatrix.staffDescription") : t("reportMatrix.focalDescription")}
        actions={<ButtonLink href="/reports" variant="secondary">{t("reportsPage.title")}</ButtonLink>}
      />
      <MatrixFilters programmes={options.programmes} programmeId={programmeId} period={params.period} periods={matrix?.periods ?? null} />

      {!matrix ? (
        <EmptyState title={t("reportMatrix.pickProgramme")} />
      ) : matrix.columns.length === 0 || matrix.rows.length === 0 ? (
        <EmptyState title={t("reportMatrix.empty", { code: matrix.programme.code })} />
      ) : (
        <>
          <p className="mb-2 text-sm text-slate-600">{t("reportMatrix.legend")}</p>
          <MatrixTable matrix={matrix} staff={staff} organizationId={actor.organizationId} />
          {staff && matrix.periods.length ? (
            <div className="mt-6">
              <Card title={t("reportMatrix.remindersTitle")}>
                <RemindersForm
                  programmeId={matrix.programme.id}
                  periods={matrix.periods.map((p) => ({ key: periodKey(p), label: periodText(p) }))}
                  initial={params.period ?? periodKey(matrix.periods[matrix.periods.length - 1]!)}
                />
              </Card>
            </div>
          ) : null}
        </>
      )}
    </>
  );
}

/** The programme to show and, once a matrix is shown, the period. */
async function MatrixFilters({ programmes, programmeId, period, periods }: {
  programmes: { id: string; code: string; title: string }[];
  programmeId: string | undefined;
  period: string | undefined;
  periods: Period[] | null;
}) {
  const t = await getTranslations();
  return (
    <form role="search" aria-label={t("reportMatrix.filters")} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <FilterSelect name="programmeId" label={t("reportsPage.programme")} value={programmeId} all={t("reportMatrix.chooseProgramme")}
        options={programmes.map((p) => ({ value: p.id, label: `${p.code} · ${p.title}` }))} />
      {periods && periods.length ? (
        <FilterSelect name="period" label={t("reportsPage.period")} value={period} all={t("common.all")}
          options={periods.map((p) => ({ value: periodKey(p), label: periodText(p) }))} />
      ) : null}
      <Button type="submit">{t("reportMatrix.show")}</Button>
    </form>
  );
}

/** NSBs down, indicator × period across; each cell the report's status, a link to it or to report it. */
async function MatrixTable({ matrix, staff, organizationId }: { matrix: Matrix; staff: boolean; organizationId: string | null }) {
  const t = await getTranslations();
  const caption = t("reportMatrix.caption", { code: matrix.programme.code, title: matrix.programme.title });
  return (
    <>
      <ScrollRegion label={caption} className="rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="matrix">
          <caption className="px-4 py-2 text-left text-sm font-medium text-slate-700">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="sticky left-0 bg-slate-50 px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">{t("reportsPage.nsb")}</th>
              {matrix.columns.map((c) => (
                <th key={`${c.indicator.id}-${periodKey(c.period)}`} scope="col" className="bg-slate-50 px-3 py-2 text-left align-bottom text-xs font-semibold text-slate-700">
                  <abbr title={c.indicator.title} className="font-mono no-underline">{c.indicator.code}</abbr>
                  <span className="block whitespace-nowrap font-normal text-slate-600">{periodText(c.period)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {matrix.rows.map((row) => (
              <tr key={row.nsb.id}>
                <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-medium">
                  <abbr title={row.nsb.name} className="no-underline">{row.nsb.acronym}</abbr>
                </th>
                {row.cells.map((cell, i) => (
                  <MatrixCell key={i} t={t} nsb={row.nsb} cell={cell} column={matrix.columns[i]!} mayReport={staff || row.nsb.id === organizationId} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

function MatrixCell({ t, nsb, cell, column, mayReport }: {
  t: Translate;
  nsb: Matrix["rows"][number]["nsb"];
  cell: Matrix["rows"][number]["cells"][number];
  column: Matrix["columns"][number];
  mayReport: boolean;
}) {
  return (
    <td className="px-3 py-2 align-top" data-nsb={nsb.acronym} data-indicator={column.indicator.code} data-period={periodKey(column.period)}>
      {cell.reportId ? (
        <Link href={`/reports/${cell.reportId}`} className="inline-flex rounded-full hover:opacity-80">
          <ReportStatusBadge status={cell.status} />
          <span className="sr-only"> {t("reportMatrix.open")}</span>
        </Link>
      ) : (
        <span className="flex flex-col items-start gap-1">
          <ReportStatusBadge status={cell.status} />
          {mayReport ? (
            <Link
              href={`/reports/new?indicatorId=${column.indicator.id}&period=${periodKey(column.period)}&organizationId=${nsb.id}`}
              className="text-xs font-medium text-brand-700 hover:underline"
            >
              {t("reportsPage.report")}
              <span className="sr-only"> {nsb.acronym} {column.indicator.code} {periodText(column.period)}</span>
            </Link>
          ) : null}
        </span>
      )}
    </td>
  );
}

export default withClientMessages(["common", "forms", "reportMatrix"], MatrixPage);
