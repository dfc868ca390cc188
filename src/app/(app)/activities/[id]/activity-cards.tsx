import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import type { getActivity } from "@/server/activities";
import { countryName, formatMoney, formatNumber } from "@/lib/format";
import { localized } from "@/lib/translations";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";

type Activity = Awaited<ReturnType<typeof getActivity>>;

/** What the activity is about, its details, money and target NSBs. */
export async function ActivityCards({ activity }: { activity: Activity }) {
  const t = await getTranslations();
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card title={t("activityDetail.about")} className="lg:col-span-2">
        <p className="whitespace-pre-line text-sm text-slate-700" data-testid="activity-description">{localized(activity, "description") || t("activityDetail.noDescription")}</p>
        {activity.topics.length ? (
          <>
            <h3 className="mt-4 text-sm font-semibold">{t("activityDetail.topics")}</h3>
            <ul className="mt-1 flex flex-wrap gap-1.5" aria-label={t("activityDetail.topics")}>
              {activity.topics.map((topic) => (
                <li key={topic}><Badge tone="info">{topic}</Badge></li>
              ))}
            </ul>
          </>
        ) : null}
      </Card>
      <Card title={t("activityDetail.details")}>
        <dl className="space-y-2 text-sm">
          <Item label={t("activityDetail.programme")}>
            <Link href={`/programmes/${activity.programme.id}`} className="text-brand-700 hover:underline" title={activity.programme.title}>{activity.programme.code}</Link>
          </Item>
          <Item label={t("activityDetail.resultArea")}>
            {activity.resultArea ? (
              <span title={activity.resultArea.title}>{activity.resultArea.code} · {t(`enums.resultLevel.${activity.resultArea.level}`)}</span>
            ) : "—"}
          </Item>
          <Item label={t("activityDetail.level")}>{t(`enums.activityLevel.${activity.level}`)}</Item>
          <Item label={t("activityDetail.modality")}>{t(`enums.modality.${activity.modality}`)}</Item>
          <Item label={t("activityDetail.venue")}>{[activity.venueCity, activity.venueCountry ? countryName(activity.venueCountry) : null].filter(Boolean).join(", ") || "—"}</Item>
          <Item label={t("activityDetail.participants")}>
            <Link href={`/activities/${activity.id}/participants`} className="text-brand-700 hover:underline">
              {t("activityDetail.participantsLink", { count: formatNumber(activity._count.participations) })}
            </Link>
          </Item>
        </dl>
      </Card>
      <Card title={t("activityDetail.money")}>
        <MoneyList activity={activity} />
      </Card>
      <Card title={t("activityDetail.targetNsbs", { count: activity.targetNsbs.length })} className="lg:col-span-2">
        {activity.targetNsbs.length === 0 ? (
          <p className="text-sm text-slate-600">{t("activityDetail.noTargets")}</p>
        ) : (
          <ul className="grid gap-x-8 gap-y-1 text-sm sm:grid-cols-2" data-testid="target-nsbs">
            {activity.targetNsbs.map(({ organization: o }) => (
              <li key={o.id} className="flex justify-between gap-2 border-b border-slate-100 py-1">
                <abbr title={o.name} className="font-medium no-underline">{o.acronym}</abbr>
                <span className="text-slate-600">{o.country ? countryName(o.country) : null}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

async function MoneyList({ activity }: { activity: Activity }) {
  const t = await getTranslations();
  const money = (amount: { toString(): string } | null) => formatMoney(amount, activity.currency);
  const spent = activity.budgetAmount && activity.actualCost && Number(activity.budgetAmount) > 0
    ? Math.round((Number(activity.actualCost) / Number(activity.budgetAmount)) * 100)
    : null;
  return (
    <dl className="space-y-2 text-sm">
      <Item label={t("activityDetail.budget")}>{money(activity.budgetAmount)}</Item>
      <Item label={t("activityDetail.actualCost")}>{money(activity.actualCost)}</Item>
      {spent !== null ? <Item label={t("activityDetail.spent")}>{t("activityDetail.spentValue", { percent: spent })}</Item> : null}
    </dl>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5 sm:flex-row sm:justify-between sm:gap-4">
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium text-slate-900 sm:text-right">{children}</dd>
    </div>
  );
}
