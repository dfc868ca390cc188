import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { choosesNsb, requireActor, can } from "@/server/auth";
import { NotFoundError } from "@/domain/errors";
import { activityInScope, activityTotals, listActivityParticipations, registrationCandidates } from "@/server/participations";
import { feedbackLinkSummary } from "@/server/feedback";
import { participantNsbOptions } from "@/server/participants";
import { countryOptions } from "@/server/organizations";
import { countryName, formatDate, formatNumber } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { selectClass } from "@/components/ui/field";
import { ActivityStatusBadge } from "@/components/programmes/status-badge";
import { AttendanceGrid } from "./attendance-grid";
import { packRow, type GridRow } from "./grid-values";
import { AddNewParticipant, RegisterExisting } from "./register-forms";
import { FeedbackLinks } from "./feedback-links";
import { mailEnabled } from "@/server/mail";
import { withClientMessages } from "@/i18n/client-messages";
import { defaultNsbCountry } from "@/lib/nsb-country";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

async function load(id: string) {
  const actor = await requireActor();
  try {
    return { actor, activity: await activityInScope(actor, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { activity } = await load((await params).id);
  return { title: activity.title };
}

type Activity = Awaited<ReturnType<typeof activityInScope>>;
type Totals = Awaited<ReturnType<typeof activityTotals>>;
type Participation = Awaited<ReturnType<typeof listActivityParticipations>>[number];

// Each row carries its values only (sent packed, packRow): labels and select options come once, from the catalog.
const toGridRow = (r: Participation): GridRow => ({
  id: r.id,
  version: r.version,
  name: r.participant.fullName,
  nsb: [...new Set([r.participant.organization.acronym, r.participant.organizationName].filter(Boolean))].join(" · "),
  sex: r.participant.sex,
  group: r.participant.stakeholderGroup,
  values: {
    attendance: r.attendance,
    role: r.role,
    completed: r.completed,
    preTestScore: r.preTestScore == null ? "" : String(r.preTestScore),
    postTestScore: r.postTestScore == null ? "" : String(r.postTestScore),
    satisfaction: r.satisfaction == null ? "" : String(r.satisfaction),
    feedback: r.feedback,
    testimonial: r.testimonial,
    consentToQuote: r.consentToQuote,
  },
});

/** The country a focal point's add-a-person form starts with, in the reader's language: their NSB's (staff choose the NSB, and start with none). */
function nsbCountryOf(countries: { code: string; name: string }[], nsbs: { id: string; countryCode: string | null }[]) {
  const code = defaultNsbCountry(nsbs, null);
  const country = countries.find((c) => c.code === code);
  return country ? { code: country.code, name: countryName(country) } : null;
}

async function ActivityParticipantsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { q } = await searchParams;
  const { actor, activity } = await load(id);
  const t = await getTranslations();
  const seesPeople = can(actor, "participants.read");
  const canWrite = can(actor, "participants.write") && activity.status !== "CANCELLED";
  const [totals, rows, candidates, feedback, nsbs, countries] = await Promise.all([
    activityTotals(actor, id),
    seesPeople ? listActivityParticipations(actor, id) : Promise.resolve([]),
    canWrite ? registrationCandidates(actor, id, q ?? "") : Promise.resolve([]),
    seesPeople ? feedbackLinkSummary(actor, id) : Promise.resolve(null),
    canWrite ? participantNsbOptions(actor) : Promise.resolve([]),
    canWrite ? countryOptions(actor) : Promise.resolve([]),
  ]);
  const gridRows = rows.map((row) => packRow(toGridRow(row)));

  return (
    <>
      <ParticipantsHeader id={id} activity={activity} seesPeople={seesPeople} canWrite={canWrite} />

      {seesPeople ? (
        <>
          <h2 className="mb-3 text-lg font-semibold">{t("attendance.title")}</h2>
          {rows.length === 0 ? (
            <EmptyState title={t("attendance.empty")}>{canWrite ? t("attendance.emptyHint") : null}</EmptyState>
          ) : (
            <AttendanceGrid activityId={id} userId={actor.id} readOnly={!canWrite} rows={gridRows} />
          )}
        </>
      ) : null}
      <TotalsCards totals={totals} wholeActivityNote={actor.role === "FOCAL_POINT"} />

      {canWrite ? (
            <div className="mt-8 grid grid-cols-1 gap-6 lg:grid-cols-2">
              <Card title={t("attendance.registerExisting")}>
                <form role="search" className="mb-3 flex gap-2">
                  <label className="flex-1">
                    <span className="sr-only">{t("attendance.searchRegistry")}</span>
                    <input name="q" type="search" defaultValue={q ?? ""} placeholder={t("attendance.searchRegistry")} className={selectClass} />
                  </label>
                  <button type="submit" className="rounded-md px-3 py-2 text-sm ring-1 ring-slate-300">{t("common.search")}</button>
                </form>
                <RegisterExisting activityId={id} candidates={candidates.map((c) => ({ id: c.id, label: `${c.fullName}${c.email ? ` <${c.email}>` : ""} · ${c.organizationName || c.organization.acronym}` }))} />
              </Card>
              <Card title={t("attendance.addNew")}>
                <AddNewParticipant activityId={id} nsbs={nsbs} chooseNsb={choosesNsb(actor)} nsbCountry={nsbCountryOf(countries, choosesNsb(actor) ? [] : nsbs)} />
              </Card>
              <Card title={t("attendance.feedbackLinks")} className="lg:col-span-2">
                <p className="mb-3 text-sm text-slate-600">{t("attendance.feedbackLinksHelp")}</p>
                <FeedbackLinks activityId={id} defaultClose={feedback?.suggestedClose ?? ""} open={feedback?.open ?? 0} openUntil={feedback?.openUntil?.toISOString() ?? null} mailEnabled={mailEnabled()} />
              </Card>
            </div>
      ) : null}
    </>
  );
}

/** Title, programme, status and dates, with import and export for those who see people. */
async function ParticipantsHeader({ id, activity, seesPeople, canWrite }: { id: string; activity: Activity; seesPeople: boolean; canWrite: boolean }) {
  const t = await getTranslations();
  return (
    <PageHeader
      title={activity.title}
      description={
        <span className="flex flex-wrap items-center gap-2">
          <span className="font-mono text-xs">{activity.programme.code}</span>
          <ActivityStatusBadge status={activity.status} />
          <span>{formatDate(activity.startDate)} – {formatDate(activity.endDate)}</span>
          <Link href={`/activities/${id}`} className="text-brand-700 hover:underline">{t("attendance.activityDetails")}</Link>
        </span>
      }
      actions={
        seesPeople ? (
          <>
            {canWrite ? <ButtonLink href={`/activities/${id}/import`} variant="secondary">{t("attendance.import")}</ButtonLink> : null}
            <ButtonLink href={`/api/activities/${id}/attendance/export?format=csv`} variant="secondary" prefetch={false}>{t("attendance.exportCsv")}</ButtonLink>
            <ButtonLink href={`/api/activities/${id}/attendance/export?format=xlsx`} variant="secondary" prefetch={false}>{t("attendance.exportXlsx")}</ButtonLink>
          </>
        ) : null
      }
    />
  );
}

/** The activity's totals: headline figures, by sex, by stakeholder group. */
async function TotalsCards({ totals, wholeActivityNote }: { totals: Totals; wholeActivityNote: boolean }) {
  const t = await getTranslations();
  return (
    <div className="mt-8 grid grid-cols-1 gap-6 lg:grid-cols-3">
      <Card title={t("attendance.totals")}>
        {/* A focal point's grid lists their own NSB's people; these figures cover the whole activity. */}
        {wholeActivityNote ? <p className="mb-3 text-sm text-slate-600" data-testid="totals-scope">{t("attendance.totalsWholeActivity")}</p> : null}
        <dl className="grid grid-cols-2 gap-3 text-sm">
          <div><dt className="text-slate-600">{t("attendance.registeredLabel")}</dt><dd className="text-2xl font-semibold tabular-nums" data-testid="total-registered">{totals.registered}</dd></div>
          <div><dt className="text-slate-600">{t("attendance.attendedTotal")}</dt><dd className="text-2xl font-semibold tabular-nums" data-testid="total-attended">{totals.attended}</dd></div>
          <div><dt className="text-slate-600">{t("attendance.avgSatisfaction")}</dt><dd className="tabular-nums">{formatNumber(totals.averageSatisfaction)}</dd></div>
          <div><dt className="text-slate-600">{t("attendance.knowledgeGain")}</dt><dd className="tabular-nums">{totals.averagePostTest != null && totals.averagePreTest != null ? `${formatNumber(totals.averagePreTest)} → ${formatNumber(totals.averagePostTest)}` : "—"}</dd></div>
        </dl>
      </Card>
      <Card title={t("attendance.bySex")}>
        <table className="w-full text-sm" data-testid="totals-sex">
          <caption className="sr-only">{t("attendance.bySex")}</caption>
          <tbody>
            {(["FEMALE", "MALE", "OTHER", "UNDISCLOSED"] as const).map((sex) => (
              <tr key={sex} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="py-1 text-left font-normal">{t(`enums.sex.${sex}`)}</th>
                <td className="py-1 text-right tabular-nums" data-testid={`total-${sex}`}>{totals.bySex[sex] ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title={t("attendance.byGroup")}>
        <table className="w-full text-sm" data-testid="totals-group">
          <caption className="sr-only">{t("attendance.byGroup")}</caption>
          <tbody>
            {Object.entries(totals.byStakeholderGroup).map(([group, count]) => (
              <tr key={group} className="border-b border-slate-100 last:border-0">
                <th scope="row" className="py-1 text-left font-normal">{t(`enums.stakeholderGroup.${group}`)}</th>
                <td className="py-1 text-right tabular-nums">{count}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {Object.keys(totals.byStakeholderGroup).length === 0 ? <p className="text-sm text-slate-600">{t("attendance.noAttendance")}</p> : null}
      </Card>
    </div>
  );
}

// Of the two large namespaces, only the keys the grid and the add-a-person form read.
export default withClientMessages(
  [
    "attendance", "common", "forms",
    "enums.attendance", "enums.participationRole", "enums.sex", "enums.ageBand", "enums.stakeholderGroup",
    "participants.fullName", "participants.email", "participants.sex", "participants.ageBand", "participants.stakeholderGroup",
    "participants.organizationName", "participants.country", "participants.noCountry", "participants.nsb", "participants.chooseNsb", "participants.createAnyway",
  ],
  ActivityParticipantsPage,
);
