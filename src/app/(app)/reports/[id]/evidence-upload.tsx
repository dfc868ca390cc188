"use client";

import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";

/**
 * Uploads one evidence file to POST /api/reports/[id]/evidence (a route handler: server
 * actions cap request bodies at 1 MB), then refreshes the page to list it.
 */
export function EvidenceUpload({ reportId, accept }: { reportId: string; accept: string }) {
  const t = useTranslations("evidenceFiles");
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);

  async function upload(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) {
      setMessage({ tone: "error", text: t("chooseFile") });
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const body = new FormData();
      body.append("file", file);
      const response = await fetch(`/api/reports/${encodeURIComponent(reportId)}/evidence`, { method: "POST", body });
      const json = (await response.json().catch(() => ({}))) as { error?: string; file?: { fileName: string } };
      if (!response.ok) {
        setMessage({ tone: "error", text: json.error ?? t("failed") });
        return;
      }
      setMessage({ tone: "success", text: t("uploaded", { name: json.file?.fileName ?? file.name }) });
      if (input.current) input.current.value = "";
      router.refresh();
    } catch {
      setMessage({ tone: "error", text: t("failed") });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={upload} className="space-y-2" data-testid="evidence-upload">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">{t("fileLabel")}</label>
      <input ref={input} id={id} name="file" type="file" accept={accept} aria-describedby={`${id}-hint`} className="block w-full text-sm" />
      <p id={`${id}-hint`} className="text-xs text-slate-500">{t("fileHint")}</p>
      <Button type="submit" variant="secondary" disabled={busy} aria-busy={busy}>{busy ? t("uploading") : t("upload")}</Button>
      {message ? <Alert tone={message.tone} testId={message.tone === "error" ? "upload-error" : "upload-success"}>{message.text}</Alert> : null}
    </form>
  );
}
