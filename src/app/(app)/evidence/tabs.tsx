import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";

/** The two evidence registers, as tabs above each register's pages. */
export async function EvidenceTabs({ current }: { current: "adoptions" | "committees" }) {
  const t = await getTranslations("evidence");
  const tabs = [
    { key: "adoptions", href: "/evidence/adoptions", label: t("adoptionsTab") },
    { key: "committees", href: "/evidence/committees", label: t("committeesTab") },
  ] as const;
  return (
    <nav aria-label={t("tabs")} className="mb-4 flex gap-1 border-b border-slate-200">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={tab.key === current ? "page" : undefined}
          className={`-mb-px rounded-t-md border px-4 py-2 text-sm font-medium ${
            tab.key === current ? "border-slate-200 border-b-white bg-white text-brand-700" : "border-transparent text-slate-600 hover:text-slate-900"
          }`}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
