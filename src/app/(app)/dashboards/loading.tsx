import { getTranslations } from "next-intl/server";

/*
 * Only the dashboards stream behind a loading state: their figures can take seconds. A
 * loading.tsx higher up would wrap every page in Suspense, so the response would start
 * (with status 200) before a record page could call notFound(), and a missing or
 * out-of-scope record would answer 200 instead of 404. Record pages therefore render
 * without a boundary above them; the navigation's pending hint covers their wait.
 */
export default async function Loading() {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-12 text-slate-600">
      <span className="h-5 w-5 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600" aria-hidden="true" />
      {t("loading")}
    </div>
  );
}
