import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { isBoundToNsb, requireActor, can } from "@/server/auth";
import { EVIDENCE_COLUMNS, evidenceFormOptions } from "@/server/evidence";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { Table, Td, Th } from "@/components/ui/table";
import type { EvidenceRegister } from "@/domain/evidence/schema";
import { EvidenceTabs } from "./tabs";
import { ImportForm } from "./import-form";
import { withClientMessages } from "@/i18n/client-messages";

const ACCEPTS: Record<string, string> = {
  nsb: "acceptsNsb",
  standard: "acceptsStandard",
  national_reference: "acceptsNational",
  adoption_date: "acceptsAdoptionDate",
  degree: "acceptsDegree",
  programme: "acceptsProgramme",
  committee: "acceptsCommittee",
  membership: "acceptsMembership",
  leadership: "acceptsLeadership",
  from: "acceptsDate",
  to: "acceptsTo",
};

/** The CSV import page of a register: the columns it reads, the template, and the upload form. */
async function EvidenceImportPageContent({ register }: { register: EvidenceRegister }) {
  const actor = await requireActor();
  if (!can(actor, "evidence.write")) notFound();
  const [t, options] = await Promise.all([getTranslations("evidenceImport"), evidenceFormOptions(actor)]);
  const focalNsb = isBoundToNsb(actor) ? (options.nsbs[0]?.acronym ?? null) : null;
  const columns = EVIDENCE_COLUMNS[register];
  const listHref = `/evidence/${register}`;
  return (
    <>
      <PageHeader
        title={t(register === "adoptions" ? "adoptionsTitle" : "committeesTitle")}
        description={t("intro")}
        actions={
          <>
            <ButtonLink href={`/api/evidence/template?register=${register}`} variant="secondary" prefetch={false}>{t("template")}</ButtonLink>
            <ButtonLink href={listHref} variant="secondary">{t("backToList")}</ButtonLink>
          </>
        }
      />
      <EvidenceTabs current={register} />
      {focalNsb ? <p className="mb-4 text-sm text-slate-700">{t("focalIntro", { nsb: focalNsb })}</p> : null}
      {/* grid-cols-1 (a minmax(0, 1fr) track): an implicit auto track grows to the columns
          table's full width and pushes the page wider than a phone; the table scrolls instead. */}
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-5">
        <div className="lg:col-span-3">
          <ImportForm register={register} listHref={listHref} />
        </div>
        <Card title={t("columns")} className="lg:col-span-2">
          <Table caption={t("columns")}>
            <thead>
              <tr>
                <Th>{t("column")}</Th>
                <Th>{t("required")}</Th>
                <Th>{t("accepts")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {columns.map((c) => (
                <tr key={c.field}>
                  <Td className="whitespace-nowrap font-medium">{c.header}</Td>
                  <Td>{c.required === true ? t("yes") : c.required === "staff" ? t("staffOnly") : t("no")}</Td>
                  <Td>{t(ACCEPTS[c.field]!)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </Card>
      </div>
    </>
  );
}

export const EvidenceImportPage = withClientMessages(["evidence", "evidenceImport", "forms"], EvidenceImportPageContent);
