import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { can } from "@/server/auth";
import { COMMITTEE_ROLE_ENTITY, getCommitteeRole } from "@/server/evidence";
import { evidenceFormOptions } from "@/server/evidence";
import { NotFoundError } from "@/domain/errors";
import { toDateInput } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { HistoryPanel } from "@/components/audit/history-panel";
import { CommitteeRoleForm } from "../committee-role-form";
import { DeleteEvidenceForm } from "../../delete-form";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requireActor();
  if (!can(actor, "evidence.write")) notFound();
  try {
    return { actor, role: await getCommitteeRole(actor, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { role } = await load((await params).id);
  return { title: `${role.organization.acronym} · ${role.committee}` };
}

async function EditCommitteeRolePage({ params }: Params) {
  const { actor, role } = await load((await params).id);
  const [t, options] = await Promise.all([getTranslations("evidenceCommittees"), evidenceFormOptions(actor)]);
  const nsbs = options.nsbs.some((n) => n.id === role.organization.id) ? options.nsbs : [role.organization, ...options.nsbs];
  return (
    <>
      <PageHeader
        title={t("editTitle")}
        description={`${role.organization.acronym} · ${role.committee}`}
        actions={
          <DeleteEvidenceForm
            register="committees"
            id={role.id}
            version={role.version}
            title={t("deleteTitle", { nsb: role.organization.acronym, committee: role.committee })}
            body={t("deleteBody")}
          />
        }
      />
      <CommitteeRoleForm
        nsbs={nsbs}
        initial={{
          id: role.id,
          version: role.version,
          organizationId: role.organization.id,
          committee: role.committee,
          membership: role.membership,
          leadership: role.leadership,
          fromDate: toDateInput(role.fromDate),
          toDate: toDateInput(role.toDate),
        }}
      />
      <div className="mt-8">
        <HistoryPanel actor={actor} entityType={COMMITTEE_ROLE_ENTITY} entityId={role.id} />
      </div>
    </>
  );
}

export default withClientMessages(["common", "enums", "evidence", "evidenceCommittees", "forms", "validation"], EditCommitteeRolePage);
