"use client";

import { useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { selectClass } from "@/components/ui/field";

/** A one-time link shown once to the administrator, with a copy button and whether it was mailed. */
export function IssuedLink({ link, mail }: { link: string; mail?: "sent" | "failed" | "disabled" }) {
  const t = useTranslations("users.link");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      // No clipboard API outside secure contexts (plain http on another host): select and copy.
      input.current?.select();
      document.execCommand("copy");
    }
    setCopied(true);
  }

  return (
    <div data-testid="issued-link" className="space-y-3 rounded-md border border-brand-100 bg-brand-50 p-4 text-sm">
      <label htmlFor={id} className="block font-medium text-slate-900">
        {t("label")}
      </label>
      <div className="flex flex-col gap-2 sm:flex-row">
        <input ref={input} id={id} readOnly value={link} onFocus={(e) => e.currentTarget.select()} className={`${selectClass} font-mono text-xs`} data-testid="issued-link-url" />
        <Button type="button" variant="secondary" onClick={copy} className="shrink-0 whitespace-nowrap">
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
      <p aria-live="polite" className="sr-only">
        {copied ? t("copiedStatus") : ""}
      </p>
      {mail === "sent" ? (
        <p className="text-emerald-800" data-testid="mail-status">{t("mailed")}</p>
      ) : mail === "failed" ? (
        <Alert tone="warning" testId="mail-status">{t("mailFailed")}</Alert>
      ) : (
        <p className="text-slate-700" data-testid="mail-status">{t("notMailed")}</p>
      )}
      <p className="text-xs text-slate-600">{t("once")}</p>
    </div>
  );
}
