import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<string, BadgeTone> = { MISSING: "danger", DRAFT: "neutral", SUBMITTED: "info", APPROVED: "success", RETURNED: "warning" };

/** A report's status as text and colour (never colour alone); MISSING when there is no report. */
export async function ReportStatusBadge({ status }: { status: "MISSING" | "DRAFT" | "SUBMITTED" | "APPROVED" | "RETURNED" }) {
  const t = await getTranslations();
  return <Badge tone={tones[status]}>{status === "MISSING" ? t("reportMatrix.missing") : t(`enums.reportStatus.${status}`)}</Badge>;
}
