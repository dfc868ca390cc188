import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { userOrganizationOptions } from "@/server/users";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound } from "../or-not-found";
import { InviteForm } from "./invite-form";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("inviteTitle") };
}

async function InviteUserPage() {
  const actor = await requireActor();
  const options = await orNotFound(userOrganizationOptions(actor));
  const t = await getTranslations("users");
  return (
    <div className="max-w-2xl">
      <Link href="/admin/users" className="text-sm text-brand-700 hover:underline">
        ← {t("backToList")}
      </Link>
      <div className="mt-2">
        <PageHeader title={t("inviteTitle")} description={t("inviteDescription")} />
      </div>
      <InviteForm organizations={options.assignable} />
    </div>
  );
}

export default withClientMessages(["common", "forms", "roles", "users", "validation"], InviteUserPage);
