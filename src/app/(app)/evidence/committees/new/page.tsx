import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { evidenceFormOptions } from "@/server/evidence";
import { PageHeader } from "@/components/ui/page-header";
import { CommitteeRoleForm } from "../committee-role-form";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evidenceCommittees"))("new") };
}

async function NewCommitteeRolePage() {
  const actor = await requireActor();
  if (!can(actor, "evidence.write")) notFound();
  const [t, options] = await Promise.all([getTranslations("evidenceCommittees"), evidenceFormOptions(actor)]);
  return (
    <>
      <PageHeader title={t("new")} description={t("description")} />
      <CommitteeRoleForm
        nsbs={options.nsbs}
        initial={{ organizationId: options.nsbs.length === 1 ? options.nsbs[0]!.id : "", committee: "", membership: "P_MEMBER", leadership: "NONE", fromDate: "", toDate: "" }}
      />
    </>
  );
}

export default withClientMessages(["common", "enums", "evidence", "evidenceCommittees", "forms", "validation"], NewCommitteeRolePage);
