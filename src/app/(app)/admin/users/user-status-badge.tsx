import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

export async function UserStatusBadge({ active, invitationPending }: { active: boolean; invitationPending: boolean }) {
  const t = await getTranslations("users");
  if (!active) return <Badge tone="danger">{t("deactivated")}</Badge>;
  if (invitationPending) return <Badge tone="warning">{t("invitationPending")}</Badge>;
  return <Badge tone="success">{t("active")}</Badge>;
}
