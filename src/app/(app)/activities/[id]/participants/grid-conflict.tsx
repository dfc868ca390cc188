"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FIELD_LABELS, FIELDS, valuesOf, type Field, type GridRow, type RowValues } from "./grid-values";

export interface RowConflict {
  message: string;
  current: Record<string, unknown>;
  /** Set when the page came back from a form the browser submitted itself: the user's values are already kept over the stored version. */
  kept?: boolean;
}

/**
 * A row someone else saved since the page was read: their values beside the user's, as the
 * other edit forms show a conflict. Nothing was saved; the user keeps theirs (saved over the
 * newer version on the next Save) or takes the stored ones.
 */
export function GridConflict({ row, conflict, mine, onKeepMine, onUseTheirs }: {
  row: GridRow;
  conflict: RowConflict;
  mine: RowValues;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const t = useTranslations("attendance");
  const tf = useTranslations("forms");
  const te = useTranslations("enums");
  const tc = useTranslations("common");
  const theirs = valuesOf(conflict.current);
  const show = (field: Field, value: string | boolean) => {
    if (typeof value === "boolean") return value ? tc("yes") : tc("no");
    if (value === "") return "—";
    if (field === "attendance") return te(`attendance.${value}`);
    if (field === "role") return te(`participationRole.${value}`);
    return value;
  };
  const fields = FIELDS.filter((field) => theirs[field] !== mine[field]);
  return (
    <div role="alert" data-testid="conflict" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <p className="font-medium">{t("conflictRow", { name: row.name })} {conflict.message}</p>
      {conflict.kept ? <p data-testid="conflict-kept">{t("conflictKept")}</p> : null}
      {fields.length ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <caption className="sr-only">{tf("compareCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-3">{tf("field")}</th>
                <th scope="col" className="py-1 pr-3">{tf("theirVersion")}</th>
                <th scope="col" className="py-1">{tf("yourVersion")}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((field) => (
                <tr key={field} className="border-t border-amber-200">
                  <th scope="row" className="py-1 pr-3 font-medium">{t(FIELD_LABELS[field])}</th>
                  <td className="py-1 pr-3 break-words">{show(field, theirs[field])}</td>
                  <td className="py-1 break-words">{show(field, mine[field])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {/* Answering a form the browser submitted itself, the user's values already stand over the stored
            version: keeping them is saving them, which works before (or without) the page's script. */}
        <Button type={conflict.kept ? "submit" : "button"} onClick={onKeepMine}>{t("keepMine")}</Button>
        {/* Taking theirs needs the script (the other rows' typed values stay unsaved): hidden until it has run. */}
        <Button type="button" variant="secondary" onClick={onUseTheirs} data-needs-script={conflict.kept || undefined}>{t("useTheirs")}</Button>
      </div>
    </div>
  );
}
