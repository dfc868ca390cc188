"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import type { FormState } from "@/lib/form-state";

/**
 * The form-level message of an action's result, brought into view and focused whenever a
 * save is refused (on a phone the button pressed is often a screen below it). On a stale
 * save it shows the record as it is now beside what the user submitted (kept in the form),
 * so nothing typed is lost; on a save that never reached the server, that nothing was saved.
 */
export function FormMessage({ state, labels = {} }: { state: FormState; labels?: Record<string, string> }) {
  const box = useRef<HTMLDivElement>(null);
  const refused = state.status === "error" || state.status === "conflict";
  useEffect(() => {
    if (refused) box.current?.focus();
  }, [state, refused]);
  if (state.status === "idle" || !(state.message || state.unreachable)) return null;
  return (
    <div ref={box} tabIndex={-1} className="scroll-mt-4 outline-none">
      <Message state={state} labels={labels} />
    </div>
  );
}

function Message({ state, labels }: { state: FormState; labels: Record<string, string> }) {
  const t = useTranslations("forms");
  if (state.unreachable) return <Alert tone="error" testId="form-error">{t("unreachable")}</Alert>;
  if (state.status === "conflict" && state.conflict) {
    const fields = Object.keys(labels).filter((k) => k in state.conflict!.current || k in (state.values ?? {}));
    return (
      <div role="alert" data-testid="conflict" className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
        <p className="font-medium">{state.message}</p>
        {fields.length ? (
          <table className="w-full text-left">
            <caption className="sr-only">{t("compareCaption")}</caption>
            <thead>
              <tr>
                <th scope="col" className="py-1 pr-3">{t("field")}</th>
                <th scope="col" className="py-1 pr-3">{t("theirVersion")}</th>
                <th scope="col" className="py-1">{t("yourVersion")}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((key) => (
                <tr key={key} className="border-t border-amber-200">
                  <th scope="row" className="py-1 pr-3 font-medium">{labels[key]}</th>
                  <td className="py-1 pr-3">{display(state.conflict!.current[key])}</td>
                  <td className="py-1">{display(state.values?.[key])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        <p>{t("conflictHelp")}</p>
      </div>
    );
  }
  return (
    <Alert tone={state.status === "success" ? "success" : "error"} testId={state.status === "success" ? "form-success" : "form-error"}>
      {state.message}
    </Alert>
  );
}

function display(value: unknown): string {
  if (value == null || value === "") return "—";
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T/.test(value)) return value.slice(0, 10);
  return String(value);
}
