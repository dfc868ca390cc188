import Link from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { LONG_TEXT, fieldKey, humanizeName, recordTypeKey, type DisplayValue } from "@/lib/audit-display";
import { formatDate, formatDateTime } from "@/lib/format";

/** What labels need of a translator: next-intl's, from a hook or from getTranslations. */
interface Translate {
  (key: string): string;
  has(key: string): boolean;
}

/** A label from the catalog, or the name made readable when the catalog has none. */
function labelFor(t: Translate, key: string, name: string): string {
  return t.has(key) ? t(key) : humanizeName(name);
}

export const fieldLabel = (t: Translate, field: string) => labelFor(t, fieldKey(field), field);
export const recordTypeLabel = (t: Translate, entityType: string) => labelFor(t, recordTypeKey(entityType), entityType);

/** Text wrapped as typed; past LONG_TEXT characters (top level only) cut, with the whole of it behind a disclosure. */
function Text({ text, expandable }: { text: string; expandable: boolean }) {
  const t = useTranslations("audit");
  if (!expandable || text.length <= LONG_TEXT) return <span className="whitespace-pre-wrap break-words">{text}</span>;
  return (
    <>
      <span className="whitespace-pre-wrap break-words">{`${text.slice(0, LONG_TEXT)}…`}</span>
      <details className="mt-0.5">
        <summary className="cursor-pointer text-xs text-brand-700 hover:underline">{t("showAll", { count: text.length })}</summary>
        <span className="block whitespace-pre-wrap break-words">{text}</span>
      </details>
    </>
  );
}

/** One value of an audit snapshot, as people read it (see src/lib/audit-display.ts). */
export function AuditValue({ value, expandable = false }: { value: DisplayValue; expandable?: boolean }) {
  const t = useTranslations();
  switch (value.kind) {
    case "none":
      return <span className="text-slate-500">{t("audit.noValue")}</span>;
    case "boolean":
      return <>{t(value.value ? "common.yes" : "common.no")}</>;
    case "enum":
      return <>{t.has(value.key) ? t(value.key) : value.raw}</>;
    case "day":
      return <time dateTime={value.iso.slice(0, 10)}>{formatDate(value.iso)}</time>;
    case "timestamp":
      return <time dateTime={value.iso}>{formatDateTime(value.iso)}</time>;
    case "id":
      return value.href ? (
        <Link href={value.href} className="font-mono text-xs text-brand-700 hover:underline" title={value.id}>
          {value.short}
        </Link>
      ) : (
        <span className="font-mono text-xs" title={value.id}>
          {value.short}
        </span>
      );
    case "text":
      return <Text text={value.text} expandable={expandable} />;
    case "list":
      return (
        <>
          {value.items.map((item, i) => (
            <span key={i}>
              {i > 0 ? ", " : null}
              <AuditValue value={item} />
            </span>
          ))}
        </>
      );
    case "fields":
      return (
        <>
          {value.entries.map((entry, i) => (
            <span key={entry.field}>
              {i > 0 ? "; " : null}
              {fieldLabel(t, entry.field)}: <AuditValue value={entry.value} />
            </span>
          ))}
        </>
      );
  }
}
