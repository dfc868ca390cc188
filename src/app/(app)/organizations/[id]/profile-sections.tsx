import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { getOrganizationProfile } from "@/server/organizations";
import { formatDate, formatMoney, formatNumber } from "@/lib/format";
import { SectionTable } from "@/components/lists/section-table";
import { ActivityStatusBadge, ProgrammeStatusBadge } from "@/components/programmes/status-badge";

type Profile = Awaited<ReturnType<typeof getOrganizationProfile>>;
type Nsb = NonNullable<Profile["nsb"]>;
type Funded = NonNullable<Profile["funded"]>;

const period = (p: { startDate: Date; endDate: Date }) => `${formatDate(p.startDate)} – ${formatDate(p.endDate)}`;

/** An NSB's programmes, activities, committee roles and approved reports. */
export async function NsbSections({ nsb, acronym }: { nsb: Nsb; acronym: string }) {
  const t = await getTranslations();
  return (
    <>
      <SectionTable
        title={t("nsbProfile.programmes")}
        rows={nsb.programmes}
        rowKey={(p) => p.id}
        empty={t("nsbProfile.noProgrammes")}
        bodyTestId="nsb-programmes"
        columns={[
          { label: t("nsbProfile.code"), cellClassName: "whitespace-nowrap font-mono text-xs", cell: (p) => p.code },
          { label: t("nsbProfile.programme"), cell: (p) => <Link href={`/programmes/${p.id}`} className="font-medium text-brand-700 hover:underline">{p.title}</Link> },
          { label: t("nsbProfile.period"), cellClassName: "whitespace-nowrap", cell: period },
          { label: t("nsbProfile.status"), cell: (p) => <ProgrammeStatusBadge status={p.status} /> },
        ]}
      />
      <SectionTable
        title={t("nsbProfile.activities", { acronym })}
        rows={nsb.activities}
        rowKey={(a) => a.id}
        empty={t("nsbProfile.noActivities")}
        bodyTestId="nsb-activities"
        columns={[
          { label: t("nsbProfile.activity"), cellClassName: "font-medium", cell: (a) => a.title },
          { label: t("nsbProfile.programme"), cellClassName: "whitespace-nowrap font-mono text-xs", cell: (a) => a.programme.code },
          { label: t("nsbProfile.type"), cell: (a) => t(`enums.activityType.${a.type}`) },
          { label: t("nsbProfile.dates"), cellClassName: "whitespace-nowrap", cell: period },
          { label: t("nsbProfile.status"), cell: (a) => <ActivityStatusBadge status={a.status} /> },
        ]}
      />
      <SectionTable
        title={t("nsbProfile.committeeRoles")}
        rows={nsb.committeeRoles}
        rowKey={(r) => r.id}
        empty={t("nsbProfile.noCommitteeRoles")}
        bodyTestId="committee-roles"
        columns={[
          { label: t("nsbProfile.committee"), cellClassName: "font-medium", cell: (r) => r.committee },
          { label: t("nsbProfile.membership"), cell: (r) => t(`enums.committeeMembership.${r.membership}`) },
          { label: t("nsbProfile.leadership"), cell: (r) => (r.leadership === "NONE" ? "—" : t(`enums.leadership.${r.leadership}`)) },
          { label: t("nsbProfile.since"), cellClassName: "whitespace-nowrap", cell: (r) => `${formatDate(r.fromDate)}${r.toDate ? ` – ${formatDate(r.toDate)}` : ""}` },
        ]}
      />
      <ApprovedReports reports={nsb.approvedReports} />
    </>
  );
}

async function ApprovedReports({ reports }: { reports: Nsb["approvedReports"] }) {
  const t = await getTranslations();
  return (
    <SectionTable
      title={t("nsbProfile.approvedReports")}
      rows={reports}
      rowKey={(r) => r.id}
      empty={t("nsbProfile.noReports")}
      bodyTestId="approved-reports"
      columns={[
        {
          label: t("nsbProfile.indicator"),
          cell: (r) => (
            <Link href={`/indicators/${r.indicator.id}`} className="text-brand-700 hover:underline">
              <span className="font-mono text-xs">{r.indicator.code}</span> {r.indicator.title}
            </Link>
          ),
        },
        { label: t("nsbProfile.programme"), cellClassName: "whitespace-nowrap font-mono text-xs", cell: (r) => r.indicator.programme?.code ?? t("nsbProfile.planWide") },
        { label: t("nsbProfile.period"), cellClassName: "whitespace-nowrap", cell: (r) => `${formatDate(r.periodStart)} – ${formatDate(r.periodEnd)}` },
        {
          label: t("nsbProfile.value"),
          className: "text-right",
          cellClassName: "tabular-nums",
          cell: (r) =>
            `${r.indicator.unit === "CURRENCY" && r.indicator.currency ? formatMoney(r.value, r.indicator.currency) : formatNumber(r.value)}${r.indicator.unit === "PERCENT" && r.value != null ? " %" : ""}`,
        },
      ]}
    />
  );
}

/** The programmes a donor funds, with its amounts. */
export async function FundedSection({ funded }: { funded: Funded }) {
  const t = await getTranslations();
  return (
    <SectionTable
      title={t("nsbProfile.funded")}
      rows={funded}
      rowKey={(p) => p.id}
      empty={t("nsbProfile.noFunded")}
      bodyTestId="funded-programmes"
      columns={[
        { label: t("nsbProfile.code"), cellClassName: "whitespace-nowrap font-mono text-xs", cell: (p) => p.code },
        { label: t("nsbProfile.programme"), cell: (p) => <Link href={`/programmes/${p.id}`} className="font-medium text-brand-700 hover:underline">{p.title}</Link> },
        { label: t("nsbProfile.period"), cellClassName: "whitespace-nowrap", cell: period },
        { label: t("nsbProfile.status"), cell: (p) => <ProgrammeStatusBadge status={p.status} /> },
        { label: t("nsbProfile.amount"), className: "text-right", cellClassName: "tabular-nums", cell: (p) => p.fundings.map((f) => formatMoney(f.amount, f.currency)).join(", ") },
      ]}
    />
  );
}
