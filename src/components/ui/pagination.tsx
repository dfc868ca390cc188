import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Previous / next links that keep the list's other search params. */
export async function Pagination({ page, pageCount, total, params }: { page: number; pageCount: number; total: number; params: Record<string, string | undefined> }) {
  const t = await getTranslations("common");
  const href = (p: number) => {
    const search = new URLSearchParams(Object.entries({ ...params, page: String(p) }).filter((e): e is [string, string] => Boolean(e[1])));
    return `?${search.toString()}`;
  };
  const link = "rounded-md px-3 py-1.5 ring-1 ring-inset ring-slate-300 bg-white hover:bg-slate-50";
  return (
    <nav aria-label={t("pagination")} className="mt-4 flex items-center justify-between text-sm text-slate-600">
      <p>{t("pageOf", { page, pageCount, total })}</p>
      <div className="flex gap-2">
        {page > 1 ? <Link className={link} href={href(page - 1)} rel="prev">{t("previous")}</Link> : null}
        {page < pageCount ? <Link className={link} href={href(page + 1)} rel="next">{t("next")}</Link> : null}
      </div>
    </nav>
  );
}
