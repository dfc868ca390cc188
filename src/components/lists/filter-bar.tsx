import { getTranslations } from "next-intl/server";
import { Button, ButtonLink } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";

interface FilterBarProps {
  /** The search landmark's name ("Filter programmes"). */
  label: string;
  /** The list without filters; the reset link shows only while a filter is set. */
  clearHref: string;
  filtered: boolean;
  /** The list's sort, kept when the filters change. */
  sort?: string;
  /** Other parameters the filters keep (a view). */
  keep?: Record<string, string | undefined>;
  /** Grid columns of the bar ("sm:grid-cols-2 lg:grid-cols-6"). */
  columns?: string;
  /** Where the buttons sit in the grid ("lg:col-span-3"). */
  actionsClassName?: string;
  /** Beside the buttons (a checkbox such as "include archived"). */
  extra?: React.ReactNode;
  children: React.ReactNode;
}

/** A list's filter form (GET): its fields, the sort it keeps, Apply and Clear. */
export async function FilterBar({ label, clearHref, filtered, sort, keep = {}, columns = "sm:grid-cols-2 lg:grid-cols-6", actionsClassName = "", extra, children }: FilterBarProps) {
  const t = await getTranslations("common");
  return (
    <form role="search" aria-label={label} className={`mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 ${columns}`}>
      {children}
      {Object.entries({ sort, ...keep }).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <div className={`flex flex-wrap items-end gap-2 lg:justify-end ${actionsClassName}`}>
        {extra}
        <Button type="submit">{t("apply")}</Button>
        {filtered ? <ButtonLink href={clearHref} variant="secondary">{t("clear")}</ButtonLink> : null}
      </div>
    </form>
  );
}

/** The free-text search box of a filter bar (parameter `q`). */
export async function SearchFilter({ value, placeholder, className = "lg:col-span-2" }: { value?: string; placeholder: string; className?: string }) {
  const t = await getTranslations("common");
  return (
    <label className={className}>
      <span className="mb-1 block text-xs font-medium text-slate-600">{t("search")}</span>
      <input name="q" type="search" defaultValue={value ?? ""} placeholder={placeholder} className={selectClass} />
    </label>
  );
}

/** A labelled text or date filter. */
export function InputFilter({ name, label, value, type = "text", className, inputClassName = "" }: { name: string; label: string; value?: string; type?: "text" | "date"; className?: string; inputClassName?: string }) {
  return (
    <label className={className}>
      <span className="mb-1 block text-xs font-medium text-slate-600">{label}</span>
      <input name={name} type={type} defaultValue={value ?? ""} className={`${selectClass} ${inputClassName}`} autoComplete={type === "text" ? "off" : undefined} />
    </label>
  );
}

/** A checkbox filter ("include archived", "unread only"). */
export function CheckFilter({ name, label, checked, className = "flex items-center gap-2 text-sm text-slate-700" }: { name: string; label: string; checked: boolean; className?: string }) {
  return (
    <label className={className}>
      <input type="checkbox" name={name} value="1" defaultChecked={checked} className="h-4 w-4" />
      {label}
    </label>
  );
}
