import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * What a printable report shows when its address does not say which report (no programme,
 * no plan or year, a year the plan does not cover): a small GET form to choose, instead of a
 * "page not found". `hidden` carries the dashboard filters the report keeps.
 */
export async function ReportChooser({
  title,
  intro,
  problem,
  back,
  hidden,
  children,
}: {
  title: string;
  intro: string;
  problem?: string;
  back: { href: string; label: string };
  hidden: Record<string, string | undefined>;
  children: React.ReactNode;
}) {
  const t = await getTranslations("dashboards.report");
  return (
    <div className="mx-auto max-w-3xl">
      <p className="mb-4">
        <Link href={back.href} className="text-sm text-brand-700 hover:underline">← {back.label}</Link>
      </p>
      <PageHeader title={title} description={intro} />
      {problem ? <Alert tone="warning" testId="report-choice-problem">{problem}</Alert> : null}
      <form method="get" aria-label={t("chooseLabel")} className="mt-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-[1fr_auto_auto]">
        {Object.entries(hidden).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
        {children}
        <div className="flex items-end">
          <Button type="submit">{t("open")}</Button>
        </div>
      </form>
    </div>
  );
}
