import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { type Actor, can } from "@/server/auth";
import { capacityComparison, type CapacityRound, type CapacityRow } from "@/server/assessments";
import { averageChange } from "@/domain/assessments/scoring";
import { inLanguage } from "@/domain/assessments/template";
import { currentLocale } from "@/i18n/current-locale";
import { formatDate } from "@/lib/format";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { ScoreBars } from "./score-bars";
import { formatChange, formatScore } from "./score";

/**
 * Each NSB's validated baseline self-assessment against its latest validated follow-up, as
 * bars and a data table (the NSB page: one NSB, by area; the programme dashboard: every NSB
 * in its scope). Scores only, so donors see it for the programmes they fund.
 */
export async function CapacityComparison({
  actor,
  programmeId = null,
  nsbId = null,
  by = "nsb",
  datesChosen = false,
}: {
  actor: Actor;
  programmeId?: string | null;
  nsbId?: string | null;
  by?: "nsb" | "programme";
  /** True on a dashboard whose date filters are set: the comparison does not follow them, and says so. */
  datesChosen?: boolean;
}) {
  if (!can(actor, "assessments.read")) return null;
  const [t, rows] = await Promise.all([getTranslations("assessments.comparison"), capacityComparison(actor, { programmeId, nsbIds: nsbId ? [nsbId] : null })]);
  const labelOf = (r: CapacityRow) => (by === "nsb" ? `${r.nsb.acronym} · ${r.programme.code}` : r.programme.code);
  const average = averageChange(rows.map((r) => r.comparison.overall.change));
  const withChange = rows.filter((r) => r.comparison.overall.change !== null).length;
  return (
    <section className="mt-8" aria-labelledby="capacity-comparison" data-testid="capacity-comparison">
      <h2 id="capacity-comparison" className="mb-1 text-lg font-semibold">{t("title")}</h2>
      <p className="mb-3 text-sm text-slate-600">{t("description")}</p>
      {datesChosen ? (
        <p className="mb-3 text-sm text-slate-700" data-testid="capacity-filter-note">
          {t("datesNote")}
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <div className="space-y-6 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
          {withChange > 1 ? <p className="text-sm" data-testid="average-change">{t("average", { change: formatChange(average), count: withChange })}</p> : null}
          <ScoreBars rows={rows.map((r) => ({ label: labelOf(r), values: [r.comparison.overall.baseline, r.comparison.overall.latest] }))} series={[t("baseline"), t("latest")]} testId="capacity-bars" />
          <OverallTable rows={rows} />
          {rows.length === 1 ? <AreaDetail row={rows[0]!} /> : null}
        </div>
      )}
    </section>
  );
}

const cell = "px-3 py-2 text-left align-top";

/** The baseline, latest and change column headers both tables share. */
function ScoreHeads({ t }: { t: (key: "baseline" | "latest" | "change") => string }) {
  return (
    <>
      {(["baseline", "latest", "change"] as const).map((key) => (
        <th key={key} scope="col" className={`${cell} text-right`}>{t(key)}</th>
      ))}
    </>
  );
}

function RoundCell({ round, score }: { round: CapacityRound | null; score: number | null }) {
  if (!round) return <span className="text-slate-500">—</span>;
  const date = formatDate(round.assessedOn);
  return (
    <>
      <span className="font-medium tabular-nums">{formatScore(score)}</span>
      <span className="block text-xs text-slate-500">{round.id ? <Link href={`/assessments/${round.id}`} className="text-brand-700 hover:underline">{date}</Link> : date}</span>
    </>
  );
}

async function OverallTable({ rows }: { rows: CapacityRow[] }) {
  const t = await getTranslations("assessments.comparison");
  return (
    <ScrollRegion label={t("tableCaption")}>
      <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="capacity-table">
        <caption className="sr-only">{t("tableCaption")}</caption>
        <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
          <tr>
            <th scope="col" className={cell}>{t("nsb")}</th>
            <th scope="col" className={cell}>{t("programme")}</th>
            <ScoreHeads t={t} />
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={`${r.programme.id}:${r.nsb.id}`}>
              <th scope="row" className={`${cell} font-medium`}><abbr title={r.nsb.name} className="no-underline">{r.nsb.acronym}</abbr></th>
              <td className={`${cell} font-mono text-xs`}>{r.programme.code}</td>
              <td className={`${cell} text-right`}><RoundCell round={r.baseline} score={r.comparison.overall.baseline} /></td>
              <td className={`${cell} text-right`}><RoundCell round={r.latest} score={r.comparison.overall.latest} /></td>
              <td className={`${cell} text-right font-semibold tabular-nums`}>{formatChange(r.comparison.overall.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

async function AreaDetail({ row }: { row: CapacityRow }) {
  const t = await getTranslations("assessments.comparison");
  const lang = currentLocale();
  const title = (key: string) => (row.areaTitles[key] ? inLanguage(row.areaTitles[key], lang) : key);
  return (
    <div className="space-y-3">
      <h3 className="text-base font-semibold">{t("byArea", { nsb: row.nsb.acronym })}</h3>
      <ScoreBars rows={row.comparison.areas.map((a) => ({ label: title(a.key), values: [a.baseline, a.latest] }))} series={[t("baseline"), t("latest")]} />
      <ScrollRegion label={t("areaCaption", { nsb: row.nsb.acronym })}>
        <table className="min-w-full divide-y divide-slate-200 text-sm" data-testid="capacity-areas">
          <caption className="sr-only">{t("areaCaption", { nsb: row.nsb.acronym })}</caption>
          <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
            <tr>
              <th scope="col" className={cell}>{t("area")}</th>
              <ScoreHeads t={t} />
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {row.comparison.areas.map((a) => (
              <tr key={a.key}>
                <th scope="row" className={`${cell} font-normal`}>{title(a.key)}</th>
                <td className={`${cell} text-right tabular-nums`}>{formatScore(a.baseline)}</td>
                <td className={`${cell} text-right tabular-nums`}>{formatScore(a.latest)}</td>
                <td className={`${cell} text-right tabular-nums`}>{formatChange(a.change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </div>
  );
}
