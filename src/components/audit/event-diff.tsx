import { useTranslations } from "next-intl";
import { diffSnapshots } from "@/lib/audit-diff";
import { displayValue, type LinkContext } from "@/lib/audit-display";
import { AuditValue, fieldLabel } from "./audit-value";

/**
 * The readable part of one audit event: the fields that changed, old → new, labelled and
 * formatted for people; the whole record (housekeeping fields included) behind an
 * expandable <details>, in the same form.
 */
export function EventDiff({ entityType, before, after, links }: { entityType: string; before: unknown; after: unknown; links: LinkContext }) {
  const t = useTranslations();
  const diff = diffSnapshots(before, after);
  const shown = (field: string, value: unknown, expandable = false) => <AuditValue value={displayValue(entityType, field, value, links)} expandable={expandable} />;
  // The full record: every field of either side, unchanged ones too.
  const side = (snapshot: unknown) => (snapshot && typeof snapshot === "object" && !Array.isArray(snapshot) ? (snapshot as Record<string, unknown>) : null);
  const [b, a] = [side(before), side(after)];
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].sort();
  return (
    <div className="text-sm">
      {diff.changes.length === 0 ? (
        <p className="text-slate-600">{t("audit.noFieldChanges")}</p>
      ) : (
        <ul className="space-y-1" data-testid="diff">
          {diff.changes.map((c) => (
            <li key={c.field} className="break-words" data-field={c.field}>
              <span className="font-semibold text-slate-800">{fieldLabel(t, c.field)}</span>
              {": "}
              {diff.kind === "created" ? (
                <span className="text-emerald-800">{shown(c.field, c.after, true)}</span>
              ) : diff.kind === "deleted" ? (
                <span className="text-rose-800 line-through">{shown(c.field, c.before, true)}</span>
              ) : (
                <>
                  <span className="text-rose-800">
                    <span className="sr-only">{t("audit.oldValue")} </span>
                    {shown(c.field, c.before, true)}
                  </span>
                  <span aria-hidden="true"> → </span>
                  <span className="text-emerald-800">
                    <span className="sr-only">{t("audit.newValue")} </span>
                    {shown(c.field, c.after, true)}
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <details className="mt-1">
        <summary className="cursor-pointer text-xs text-slate-600 hover:text-slate-900">
          {diff.noise.length > 0 ? t("audit.fullRecordWithNoise", { count: diff.noise.length }) : t("audit.fullRecord")}
        </summary>
        <table className="mt-1 w-full text-left text-xs text-slate-800">
          <thead>
            <tr className="text-slate-700">
              <th scope="col" className="py-0.5 pr-2 font-semibold">{t("audit.field")}</th>
              {b ? <th scope="col" className="py-0.5 pr-2 font-semibold">{t("audit.before")}</th> : null}
              {a ? <th scope="col" className="py-0.5 font-semibold">{t("audit.after")}</th> : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {fields.map((field) => (
              <tr key={field} data-record-field={field}>
                <th scope="row" className="py-0.5 pr-2 font-medium">{fieldLabel(t, field)}</th>
                {b ? <td className="break-words py-0.5 pr-2">{shown(field, b[field])}</td> : null}
                {a ? <td className="break-words py-0.5">{shown(field, a[field])}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
