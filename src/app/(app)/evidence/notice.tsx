import { getTranslations } from "next-intl/server";
import { Alert } from "@/components/ui/alert";

const NOTICES = ["created", "saved", "deleted"] as const;

/** The success message a list shows after a save or a delete (?notice=…). */
export async function EvidenceNotice({ notice }: { notice: string | string[] | undefined }) {
  if (typeof notice !== "string" || !(NOTICES as readonly string[]).includes(notice)) return null;
  const t = await getTranslations("evidence.notices");
  return (
    <div className="mb-4">
      <Alert tone="success" testId="notice">{t(notice as (typeof NOTICES)[number])}</Alert>
    </div>
  );
}
