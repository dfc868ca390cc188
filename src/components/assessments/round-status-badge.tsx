import { getTranslations } from "next-intl/server";
import type { AssessmentStatus } from "@/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tones: Record<AssessmentStatus, BadgeTone> = { DRAFT: "neutral", SUBMITTED: "info", RETURNED: "warning", VALIDATED: "success" };

/** A round's status as text and colour (never colour alone). */
export async function RoundStatusBadge({ status }: { status: AssessmentStatus }) {
  const t = await getTranslations("enums");
  return <Badge tone={tones[status]}>{t(`assessmentStatus.${status}`)}</Badge>;
}
