import { getTranslations } from "next-intl/server";
import type { Actor } from "@/server/auth";
import { latestApprovedValues } from "@/server/reports";
import { formatDate } from "@/lib/format";
import { Table, Td, Th } from "@/components/ui/table";
import { formatReportValue } from "./report-value";

/**
 * The latest APPROVED values of a programme's reported (MANUAL) indicators, for the
 * programme page: `<ApprovedValues actor={actor} programmeId={id} />`. Renders nothing
 * when the programme has no reported indicator.
 */
export async function ApprovedValues({ actor, programmeId }: { actor: Actor; programmeId: string }) {
  const [items, t] = await Promise.all([latestApprovedValues(actor, programmeId), getTranslations()]);
  if (items.length === 0) return null;
  const yesNo = { yes: t("common.yes"), no: t("common.no") };
  return (
    <section aria-labelledby="approved-values-heading" className="mt-8">
      <h2 id="approved-values-heading" className="text-lg font-semibold">{t("approvedValues.title")}</h2>
      <p className="mb-3 text-sm text-slate-600">{t("approvedValues.description")}</p>
      <Table caption={t("approvedValues.title")}>
        <thead>
          <tr>
            <Th>{t("approvedValues.indicator")}</Th>
            <Th>{t("approvedValues.period")}</Th>
            <Th>{t("approvedValues.values")}</Th>
            <Th className="text-right">{t("approvedValues.total")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100" data-testid="approved-values">
          {items.map(({ indicator, period, rows, total }) => (
            <tr key={indicator.id} data-indicator={indicator.code}>
              <Td>
                <span className="font-mono text-xs">{indicator.code}</span>
                <span className="block">{indicator.title}</span>
              </Td>
              <Td className="whitespace-nowrap">{period ? `${formatDate(period.periodStart)} – ${formatDate(period.periodEnd)}` : "—"}</Td>
              <Td>
                {rows.length === 0 ? (
                  <span className="text-slate-500">{t("approvedValues.none")}</span>
                ) : (
                  <ul className="flex flex-wrap gap-x-4 gap-y-1">
                    {rows.map((r) => (
                      <li key={r.id} className="tabular-nums">
                        <span className="font-medium">{r.organization?.acronym ?? t("approvedValues.wholeProgramme")}</span>{" "}
                        {formatReportValue(r.value, indicator.unit, indicator.currency, yesNo)}
                      </li>
                    ))}
                  </ul>
                )}
              </Td>
              <Td className="text-right tabular-nums">{total === null ? "—" : formatReportValue(total, indicator.unit, indicator.currency, yesNo)}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
