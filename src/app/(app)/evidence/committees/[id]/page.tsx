import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { COMMITTEE_ROLE_ENTITY, evidenceFormOptions, getCommitteeRole } from "@/server/evidence";
import { toDateInput } from "@/lib/format";
import { CommitteeRoleForm } from "../committee-role-form";
import { EvidenceEditPage, loadEvidence, nsbsWith } from "../../edit-page";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { record: role } = await loadEvidence(getCommitteeRole, (await params).id);
  return { title: `${role.organization.acronym} · ${role.committee}` };
}

async function EditCommitteeRolePage({ params }: Params) {
  const { actor, record: role } = await loadEvidence(getCommitteeRole, (await params).id);
  const [t, options] = await Promise.all([getTranslations("evidenceCommittees"), evidenceFormOptions(actor)]);
  return (
    <EvidenceEditPage
      register="committees"
      actor={actor}
      entityType={COMMITTEE_ROLE_ENTITY}
      record={role}
      title={t("editTitle")}
      description={`${role.organization.acronym} · ${role.committee}`}
      deleteTitle={t("deleteTitle", { nsb: role.organization.acronym, committee: role.committee })}
      deleteBody={t("deleteBody")}
    >
      <CommitteeRoleForm
        nsbs={nsbsWith(options.nsbs, role.organization)}
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
    </EvidenceEditPage>
  );
}

export default withClientMessages(["common", "enums", "evidence", "evidenceCommittees", "forms", "validation"], EditCommitteeRolePage);
