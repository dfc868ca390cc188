import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { COMMITTEE_ROLE_SORTS, listCommitteeRoles, evidenceNsbOptions } from "@/server/evidence";
import { parseListParams } from "@/lib/list-params";
import { formatDate } from "@/lib/format";
import { FilterSelect } from "@/components/ui/filter-select";
import { Badge } from "@/components/ui/badge";
import { CommitteeMembership, Leadership } from "@/generated/prisma/enums";
import { RegisterPage, registerParams } from "../register-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evidenceCommittees"))("title") };
}

export default async function CommitteeRolesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "evidence.read")) notFound();
  const t = await getTranslations();
  const raw = await searchParams;
  const params = parseListParams(raw, {
    ...registerParams,
    membership: z.enum(CommitteeMembership).optional().catch(undefined),
    leadership: z.enum(Leadership).optional().catch(undefined),
    sort: z.enum(COMMITTEE_ROLE_SORTS).optional().catch(undefined),
  });
  const [list, nsbs] = await Promise.all([listCommitteeRoles(actor, params), evidenceNsbOptions(actor)]);
  return (
    <RegisterPage
      register="committees"
      ns="evidenceCommittees"
      list={list}
      params={params}
      filterNames={["membership", "leadership"]}
      nsbs={nsbs}
      mayWrite={can(actor, "evidence.write")}
      notice={raw.notice}
      dateLabels={{ from: t("evidenceCommittees.heldFrom"), to: t("evidenceCommittees.heldTo") }}
      defaultSort="committee"
      rowName={(r) => `${r.organization.acronym} ${r.committee} ${formatDate(r.fromDate)}`}
      filters={
        <>
          <FilterSelect name="membership" label={t("evidenceCommittees.membership")} value={params.membership} all={t("common.all")}
            options={Object.values(CommitteeMembership).map((m) => ({ value: m, label: t(`enums.committeeMembership.${m}`) }))} />
          <FilterSelect name="leadership" label={t("evidenceCommittees.leadership")} value={params.leadership} all={t("common.all")}
            options={Object.values(Leadership).map((l) => ({ value: l, label: t(`enums.leadership.${l}`) }))} />
        </>
      }
      columns={[
        { label: t("evidenceCommittees.committee"), sort: "committee", cellClassName: "whitespace-nowrap font-medium", cell: (r) => r.committee },
        { label: t("evidenceCommittees.membership"), cell: (r) => t(`enums.committeeMembership.${r.membership}`) },
        { label: t("evidenceCommittees.leadership"), cell: (r) => (r.leadership === "NONE" ? "—" : <Badge tone="success">{t(`enums.leadership.${r.leadership}`)}</Badge>) },
        { label: t("evidenceCommittees.fromDate"), sort: "fromDate", cellClassName: "whitespace-nowrap", cell: (r) => formatDate(r.fromDate) },
        { label: t("evidenceCommittees.toDate"), cellClassName: "whitespace-nowrap", cell: (r) => (r.toDate ? formatDate(r.toDate) : t("evidenceCommittees.ongoing")) },
      ]}
    />
  );
}
