"use client";

import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import type { ImportSummary } from "@/server/imports";

const SUMMARY_KEYS = ["rows", "participantsCreated", "participantsUpdated", "participationsCreated", "participationsUpdated", "unchanged"] as const;

/** What the import did, with the way back to the attendance list or to another file. */
export function ImportSummaryView({ summary, activityId, heading, onAnother }: { summary: ImportSummary; activityId: string; heading: React.Ref<HTMLHeadingElement>; onAnother: () => void }) {
  const t = useTranslations("imports");
  return (
    <section aria-labelledby="import-done" className="space-y-4" data-testid="import-summary">
      <Alert tone="success">
        <h2 id="import-done" ref={heading} tabIndex={-1} className="font-semibold focus:outline-none">{t("doneTitle")}</h2>
      </Alert>
      <dl className="grid gap-3 sm:grid-cols-3">
        {SUMMARY_KEYS.map((key) => (
          <div key={key} className="rounded-lg border border-slate-200 bg-white p-4">
            <dt className="text-sm text-slate-600">{t(`summary.${key}`)}</dt>
            <dd className="text-2xl font-semibold tabular-nums text-slate-900" data-testid={`summary-${key}`}>{summary[key]}</dd>
          </div>
        ))}
      </dl>
      <div className="flex flex-wrap gap-2">
        <ButtonLink href={`/activities/${activityId}/participants`}>{t("viewAttendance")}</ButtonLink>
        <Button type="button" variant="secondary" onClick={onAnother}>{t("importAnother")}</Button>
      </div>
    </section>
  );
}
