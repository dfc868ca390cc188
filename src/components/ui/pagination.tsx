import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { listHref, type LinkParams } from "@/lib/list-params";

/**
 * Previous / next links that keep the list's other search params. `requested` is the page
 * the address asked for: past the last one the list shows the last page (src/lib/list-params.ts
 * `paginate`), and this says so.
 */
export async function Pagination({ page, pageCount, total, params, requested }: { page: number; pageCount: number; total: number; params: LinkParams; requested?: number }) {
  const t = await getTranslations("common");
  const href = (p: number) => listHref(params, { page: String(p) });
  const link = "rounded-md px-3 py-1.5 ring-1 ring-inset ring-slate-300 bg-white hover:bg-slate-50";
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-between text-sm text-slate-600">
      <div>
        {requested !== undefined && requested > pageCount ? (
          <p className="font-medium text-slate-800" data-testid="page-past-end">{t("pastLastPage", { requested, pageCount })}</p>
        ) : null}
        <p>{t("pageOf", { page, pageCount, total })}</p>
      </div>
      <div className="flex gap-2">
        {page > 1 ? <Link className={link} href={href(page - 1)} rel="prev">{t("previous")}</Link> : null}
        {page < pageCount ? <Link className={link} href={href(page + 1)} rel="next">{t("next")}</Link> : null}
      </div>
    </nav>
  );
}
