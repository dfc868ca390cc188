"use client";

import { useId, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { uploadEvidence } from "../upload-evidence";

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
    const result = await uploadEvidence(reportId, file, t("failed"));
    setBusy(false);
    if ("error" in result) {
      setMessage({ tone: "error", text: result.error });
      return;
    }
    setMessage({ tone: "success", text: t("uploaded", { name: result.file.fileName }) });
    if (input.current) input.current.value = "";
    router.refresh();
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
