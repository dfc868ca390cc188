import { MAX_SCORE } from "@/domain/assessments/template";
import { formatScore } from "./score";

/** How each series is drawn: the baseline light, the latest round solid (told apart by pattern and legend too, not colour alone). */
const SERIES_STYLE = ["bg-slate-300 bg-[repeating-linear-gradient(45deg,transparent,transparent_3px,rgba(255,255,255,0.6)_3px,rgba(255,255,255,0.6)_6px)]", "bg-brand-600"] as const;

export interface ScoreBarRow {
  label: string;
  values: readonly (number | null)[];
}

/**
 * Scores on the 0-4 scale as horizontal bars, drawn with CSS on the server (no chart script):
 * one group per row, one bar per series, the value written beside each bar. The bars are a
 * picture of the data table the page shows with them, so they are hidden from screen readers.
 */
export function ScoreBars({ rows, series, testId }: { rows: readonly ScoreBarRow[]; series: readonly string[]; testId?: string }) {
  return (
    <div aria-hidden="true" data-testid={testId} className="space-y-3">
      {series.length > 1 ? (
        <p className="flex flex-wrap gap-4 text-xs text-slate-600">
          {series.map((name, s) => (
            <span key={name} className="inline-flex items-center gap-1.5">
              <span className={`inline-block h-3 w-5 rounded-sm ${SERIES_STYLE[s % SERIES_STYLE.length]}`} />
              {name}
            </span>
          ))}
        </p>
      ) : null}
      {rows.map((row) => (
        <div key={row.label} className="grid gap-1 sm:grid-cols-[minmax(8rem,14rem)_1fr] sm:items-center sm:gap-3">
          <span className="text-sm text-slate-800">{row.label}</span>
          <span className="space-y-1">
            {row.values.map((value, s) => (
              <span key={s} className="flex items-center gap-2">
                <span className="relative h-3 flex-1 rounded-sm bg-slate-100">
                  {value === null ? null : (
                    <span className={`absolute inset-y-0 left-0 rounded-sm ${SERIES_STYLE[s % SERIES_STYLE.length]}`} style={{ width: `${(Math.max(0, Math.min(MAX_SCORE, value)) / MAX_SCORE) * 100}%` }} />
                  )}
                </span>
                <span className="w-10 text-right text-xs tabular-nums text-slate-700">{formatScore(value)}</span>
              </span>
            ))}
          </span>
        </div>
      ))}
    </div>
  );
}
