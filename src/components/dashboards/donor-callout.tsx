import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

/** The home page's way in for donors: their programmes' dashboards, first thing on the page. */
export async function DonorDashboardsCallout() {
  const t = await getTranslations("dashboards");
  return (
    <section className="mb-8 rounded-lg border border-brand-100 bg-brand-50 p-5" aria-labelledby="donor-dashboards">
      <h2 id="donor-dashboards" className="text-lg font-semibold text-brand-900">
        <Link href="/dashboards" className="hover:underline">{t("donorHomeCta")}</Link>
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t("donorHomeText")}</p>
      <Link href="/dashboards" className="mt-3 inline-flex items-center rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700">
        {t("title")} →
      </Link>
    </section>
  );
}
