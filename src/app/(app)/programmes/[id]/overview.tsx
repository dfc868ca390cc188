import { getTranslations } from "next-intl/server";
import type { getProgramme } from "@/server/programmes";
import { countryName, formatAmount, formatMoney } from "@/lib/format";
import { localized } from "@/lib/translations";
import { Card } from "@/components/ui/card";

type Programme = Awaited<ReturnType<typeof getProgramme>>;

/** Funding per currency, to show a total beside the budget (amounts in different currencies are never added up). */
function totalsByCurrency(fundings: { amount: { toString(): string }; currency: string }[]) {
  const totals = new Map<string, number>();
  for (const f of fundings) totals.set(f.currency, (totals.get(f.currency) ?? 0) + Number(f.amount.toString()));
  return [...totals.entries()].map(([currency, amount]) => ({ currency, amount }));
}

/** Summary, objectives, funding, beneficiaries and result areas. */
export async function ProgrammeOverview({ programme }: { programme: Programme }) {
  const t = await getTranslations();
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card title={t("programme.overview")} className="lg:col-span-2">
        <p className="whitespace-pre-line text-sm text-slate-700">{localized(programme, "summary") || t("programme.noSummary")}</p>
        {programme.objectives ? (
          <>
            <h3 className="mt-4 text-sm font-semibold">{t("programme.objectives")}</h3>
            <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{localized(programme, "objectives")}</p>
          </>
        ) : null}
      </Card>
      <FundingCard programme={programme} />
      <Card title={t("programme.beneficiaries", { count: programme.beneficiaries.length })}>
        <ul className="divide-y divide-slate-100 text-sm" data-testid="beneficiaries">
          {programme.beneficiaries.map((b) => (
            <li key={b.organizationId} className="flex justify-between gap-2 py-1.5">
              <span><abbr title={b.organization.name} className="font-medium no-underline">{b.organization.acronym}</abbr></span>
              <span className="text-slate-600">{b.organization.country ? countryName(b.organization.country) : null}</span>
            </li>
          ))}
        </ul>
      </Card>
      <Card title={t("programme.resultAreas")} className="lg:col-span-2">
        {programme.resultAreas.length === 0 ? (
          <p className="text-sm text-slate-600">{t("programme.noResultAreas")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {programme.resultAreas.map(({ resultArea: r }) => (
              <li key={r.id}>
                <span className="font-mono text-xs text-slate-500">{r.code}</span> {r.title}{" "}
                <span className="text-xs text-slate-500">({t(`enums.resultLevel.${r.level}`)})</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

async function FundingCard({ programme }: { programme: Programme }) {
  const t = await getTranslations();
  const totals = totalsByCurrency(programme.fundings);
  return (
    <Card title={t("programme.funding")}>
      <dl className="text-sm">
        <div className="flex justify-between gap-2">
          <dt className="text-slate-600">{t("programme.budget")}</dt>
          <dd className="font-medium tabular-nums">
            {formatMoney(programme.budgetAmount, programme.budgetCurrency)}
          </dd>
        </div>
      </dl>
      {programme.fundings.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{t("programmeManage.noFunding")}</p>
      ) : (
        <table className="mt-3 w-full text-sm" data-testid="funding">
          <caption className="sr-only">{t("programmeManage.fundingByDonor")}</caption>
          <thead>
            <tr className="border-b border-slate-200 text-left text-xs uppercase tracking-wide text-slate-600">
              <th scope="col" className="py-1 font-semibold">{t("programmeManage.donor")}</th>
              <th scope="col" className="py-1 text-right font-semibold">{t("programmeManage.amount")}</th>
              <th scope="col" className="py-1 pl-2 text-right font-semibold">{t("programmeManage.currency")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {programme.fundings.map((f) => (
              <tr key={f.id}>
                <th scope="row" className="py-1.5 text-left font-medium">
                  <abbr title={f.donor.name} className="no-underline">{f.donor.acronym}</abbr>
                </th>
                <td className="py-1.5 text-right tabular-nums">{formatAmount(f.amount, f.currency)}</td>
                <td className="py-1.5 pl-2 text-right font-mono text-xs">{f.currency}</td>
              </tr>
            ))}
          </tbody>
          {programme.fundings.length > 1 ? (
            <tfoot className="border-t border-slate-200">
              {totals.map((total) => (
                <tr key={total.currency}>
                  <th scope="row" className="py-1.5 text-left text-slate-600">{t("programmeManage.total")}</th>
                  <td className="py-1.5 text-right font-medium tabular-nums">{formatAmount(total.amount, total.currency)}</td>
                  <td className="py-1.5 pl-2 text-right font-mono text-xs">{total.currency}</td>
                </tr>
              ))}
            </tfoot>
          ) : null}
        </table>
      )}
    </Card>
  );
}
