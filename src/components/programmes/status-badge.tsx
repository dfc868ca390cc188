import { getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const programmeTones: Record<string, BadgeTone> = { PLANNED: "info", ACTIVE: "success", CLOSED: "neutral" };
const activityTones: Record<string, BadgeTone> = { PLANNED: "info", ONGOING: "warning", COMPLETED: "success", CANCELLED: "danger" };

export async function ProgrammeStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("enums.programmeStatus");
  return <Badge tone={programmeTones[status] ?? "neutral"}>{t(status)}</Badge>;
}

export async function ActivityStatusBadge({ status }: { status: string }) {
  const t = await getTranslations("enums.activityStatus");
  return <Badge tone={activityTones[status] ?? "neutral"}>{t(status)}</Badge>;
}
