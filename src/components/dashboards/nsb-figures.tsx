import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { type Actor, can } from "@/server/auth";
import { programmeDashboard } from "@/server/dashboards";
import { round1 } from "@/lib/dashboards/tables";
import { formatNumber } from "@/lib/format";
import { Kpis } from "./data-table";

/** An NSB's dashboard figures across the programmes the viewer may see, with a link to the full dashboard. */
export async function NsbDashboardFigures({ actor, nsbId, acronym }: { actor: Actor; nsbId: string; acronym: string }) {
  if (!can(actor, "dashboards.read")) return null;
  const [t, d] = await Promise.all([getTranslations("dashboards"), programmeDashboard(actor, { nsbId })]);
  return (
    <section className="mt-8" aria-labelledby="nsb-dashboard-figures">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="nsb-dashboard-figures" className="text-lg font-semibold">{t("nsbFigures", { acronym })}</h2>
        <Link href={`/dashboards/programme?nsbId=${encodeURIComponent(nsbId)}`} className="text-sm text-brand-700 hover:underline">
          {t("nsbFiguresLink", { acronym })}
        </Link>
      </div>
      <Kpis
        items={[
          { label: t("kpi.activities"), value: formatNumber(d.activities) },
          { label: t("kpi.people"), value: formatNumber(d.reach.people), hint: t("kpi.peopleHint", { count: d.reach.participations }) },
          { label: t("kpi.womenShare"), value: d.reach.womenShare === null ? "—" : `${formatNumber(round1(d.reach.womenShare))} %` },
          { label: t("kpi.satisfaction"), value: formatNumber(round1(d.satisfaction.average)), hint: t("kpi.ofResponses", { count: d.satisfaction.responses }) },
        ]}
      />
    </section>
  );
}
