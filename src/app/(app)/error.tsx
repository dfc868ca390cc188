"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div role="alert" className="rounded-lg border border-rose-200 bg-rose-50 p-6">
      <h1 className="text-lg font-semibold text-rose-900">{t("pageFailed")}</h1>
      <p className="mt-1 text-sm text-rose-900">{t("pageFailedBody", { reference: error.digest ?? "—" })}</p>
      <Button className="mt-4" onClick={reset}>{t("retry")}</Button>
    </div>
  );
}
