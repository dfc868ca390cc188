import { useTranslations } from "next-intl";
import { diffSnapshots, formatDiffValue } from "@/lib/audit-diff";

/**
 * The readable part of one audit event: the fields that changed, old → new, with the
 * noise fields (updatedAt, version) and the full JSON behind an expandable <details>.
 */
export function EventDiff({ before, after }: { before: unknown; after: unknown }) {
  const t = useTranslations("audit");
  const diff = diffSnapshots(before, after);
  return (
    <div className="text-sm">
      {diff.changes.length === 0 ? (
        <p className="text-slate-600">{t("noFieldChanges")}</p>
      ) : (
        <ul className="space-y-1" data-testid="diff">
          {diff.changes.map((c) => (
            <li key={c.field} className="break-words" data-field={c.field}>
              <span className="font-mono text-xs font-semibold text-slate-800">{c.field}</span>
              {": "}
              {diff.kind === "created" ? (
                <span className="text-emerald-800">{formatDiffValue(c.after)}</span>
              ) : diff.kind === "deleted" ? (
                <span className="text-rose-800 line-through">{formatDiffValue(c.before)}</span>
              ) : (
                <>
                  <span className="text-rose-800">
                    <span className="sr-only">{t("oldValue")} </span>
                    {formatDiffValue(c.before)}
                  </span>
                  <span aria-hidden="true"> → </span>
                  <span className="text-emerald-800">
                    <span className="sr-only">{t("newValue")} </span>
                    {formatDiffValue(c.after)}
                  </span>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <details className="mt-1">
        <summary className="cursor-pointer text-xs text-slate-600 hover:text-slate-900">
          {diff.noise.length > 0 ? t("fullRecordWithNoise", { count: diff.noise.length }) : t("fullRecord")}
        </summary>
        {diff.noise.length > 0 ? (
          <ul className="mt-1 space-y-0.5 text-xs text-slate-600">
            {diff.noise.map((c) => (
              <li key={c.field}>
                <span className="font-mono">{c.field}</span>: {formatDiffValue(c.before)} → {formatDiffValue(c.after)}
              </li>
            ))}
          </ul>
        ) : null}
        <div className="mt-1 grid gap-2 md:grid-cols-2">
          <div>
            <p className="text-xs font-semibold text-slate-700">{t("before")}</p>
            <pre className="max-h-64 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs text-slate-800">{before == null ? "—" : JSON.stringify(before, null, 2)}</pre>
          </div>
          <div>
            <p className="text-xs font-semibold text-slate-700">{t("after")}</p>
            <pre className="max-h-64 overflow-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2 text-xs text-slate-800">{after == null ? "—" : JSON.stringify(after, null, 2)}</pre>
          </div>
        </div>
      </details>
    </div>
  );
}
