import { getTranslations } from "next-intl/server";
import type { Actor } from "@/server/auth";
import { surveyDashboard, type SurveyDashboard } from "@/server/surveys";
import type { DashboardFilters } from "@/lib/dashboards/filters";
import { AGE_BANDS, SEXES, STAKEHOLDER_GROUPS, type Count } from "@/lib/dashboards/types";
import { suppressedLabel, type PublishedSurveyFigure } from "@/lib/dashboards/suppression";
import { formatNumber } from "@/lib/format";
import { Table, Td, Th } from "@/components/ui/table";
import { Kpis, Section } from "./data-table";

/*
 * The follow-up survey indicators on a dashboard: the three figures, the response rate (one
 * programme), and a table by sex, age band or stakeholder group (GEDSI). Figures only, for
 * every role: no name, no answer, no free text.
 */

type Dimension = "bySex" | "byAgeBand" | "byGroup";
const ENUM_OF: Record<Dimension, string> = { bySex: "sex", byAgeBand: "ageBand", byGroup: "stakeholderGroup" };
/** Groups in the order every other GEDSI table lists them (not the alphabet of their codes). */
const ORDER: Record<Dimension, readonly string[]> = { bySex: SEXES, byAgeBand: AGE_BANDS, byGroup: STAKEHOLDER_GROUPS };
/** A share to one decimal, as the indicator tables write it. */
const pct = (v: number | null) => (v === null ? "—" : `${formatNumber(Math.round(v * 10) / 10)} %`);
const rank = (order: readonly string[], key: string) => (order.includes(key) ? order.indexOf(key) : order.length);

async function Breakdown({ data, dimension }: { data: SurveyDashboard; dimension: Dimension }) {
  const t = await getTranslations();
  const { SURVEY_APPLIED_SHARE: applied, SURVEY_STANDARDS_USED: standards, SURVEY_COMMITTEE_JOINED: committee } = data.indicators;
  const keys = [...new Set([applied, standards, committee].flatMap((f) => Object.keys(f[dimension])))].sort((a, b) => rank(ORDER[dimension], a) - rank(ORDER[dimension], b));
  const cell = (f: PublishedSurveyFigure | undefined, text: (f: PublishedSurveyFigure) => string) => (f ? text(f) : "—");
  // A donor's counts under the threshold are published as null: "< 5".
  const n = (v: Count) => (v === null ? suppressedLabel(data.suppressedBelow ?? 0) : formatNumber(v));
  return (
    <Table caption={t("surveys.dashboard.breakdownCaption", { dimension: t(`surveys.dashboard.${dimension}`) })}>
      <thead>
        <tr>
          <Th>{t(`surveys.dashboard.column.${dimension}`)}</Th>
          <Th className="text-right">{t("surveys.dashboard.applied")}</Th>
          <Th className="text-right">{t("surveys.dashboard.standards")}</Th>
          <Th className="text-right">{t("surveys.dashboard.committee")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {keys.map((k) => (
          <tr key={k}>
            <Td className="font-medium">{t(`enums.${ENUM_OF[dimension]}.${k}`)}</Td>
            <Td className="text-right tabular-nums">{cell(applied[dimension][k], (f) => `${pct(f.value)} (${n(f.people)}/${n(f.respondents)})`)}</Td>
            <Td className="text-right tabular-nums">{cell(standards[dimension][k], (f) => `${formatNumber(f.value ?? 0)} (${n(f.people)})`)}</Td>
            <Td className="text-right tabular-nums">{cell(committee[dimension][k], (f) => `${n(f.value)}/${n(f.respondents)}`)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export async function SurveyResults({ actor, filters, planId, breakdowns = [] }: { actor: Actor; filters: DashboardFilters; planId?: string; breakdowns?: Dimension[] }) {
  const [t, data] = await Promise.all([getTranslations(), surveyDashboard(actor, filters, { planId })]);
  const { SURVEY_APPLIED_SHARE: applied, SURVEY_STANDARDS_USED: standards, SURVEY_COMMITTEE_JOINED: committee } = data.indicators;
  const anyAnswer = applied.respondents + standards.respondents + committee.respondents > 0;
  return (
    <Section id="follow-ups" title={t("surveys.dashboard.title")}>
      <p className="mb-4 text-sm text-slate-600">{t("surveys.dashboard.intro")}</p>
      {/* The answers are not narrowed by the activity type (only by programme, NSB and dates): said when one is chosen. */}
      {filters.activityType ? (
        <p className="mb-3 text-sm text-slate-700" data-testid="survey-filter-note">
          {t("surveys.dashboard.typeNote")}
        </p>
      ) : null}
      {anyAnswer ? (
        <div className="space-y-6" data-testid="survey-results">
          <Kpis
            items={[
              { label: t("surveys.dashboard.applied"), value: pct(applied.value), hint: t("surveys.dashboard.respondents", { count: applied.respondents }), testId: "kpi-survey-applied" },
              { label: t("surveys.dashboard.standards"), value: formatNumber(standards.value ?? 0), hint: t("surveys.dashboard.reported", { count: standards.people }), testId: "kpi-survey-standards" },
              { label: t("surveys.dashboard.committee"), value: formatNumber(committee.value ?? 0), hint: t("surveys.dashboard.respondents", { count: committee.respondents }), testId: "kpi-survey-committee" },
              ...(data.tracking ? [{ label: t("surveys.dashboard.responseRate"), value: pct(data.tracking.rate), hint: t("surveys.dashboard.ofInvited", { answered: data.tracking.answered, invited: data.tracking.invited }) }] : []),
            ]}
          />
          {breakdowns.map((d) => <Breakdown key={d} data={data} dimension={d} />)}
        </div>
      ) : (
        <p className="text-sm text-slate-600">{t("surveys.dashboard.none")}</p>
      )}
    </Section>
  );
}
