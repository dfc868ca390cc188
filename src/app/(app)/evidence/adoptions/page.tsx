import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { ADOPTION_SORTS, listNationalAdoptions, evidenceNsbOptions, evidenceProgrammeOptions } from "@/server/evidence";
import { parseListParams } from "@/lib/list-params";
import { formatDate } from "@/lib/format";
import { FilterSelect } from "@/components/ui/filter-select";
import { Badge } from "@/components/ui/badge";
import { AdoptionDegree } from "@/generated/prisma/enums";
import { RegisterPage, registerParams } from "../register-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evidenceAdoptions"))("title") };
}

export default async function AdoptionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "evidence.read")) notFound();
  const t = await getTranslations();
  const raw = await searchParams;
  const params = parseListParams(raw, {
    ...registerParams,
    programmeId: z.string().max(40).optional().catch(undefined),
    degree: z.enum(AdoptionDegree).optional().catch(undefined),
    sort: z.enum(ADOPTION_SORTS).optional().catch(undefined),
  });
  const [list, nsbs, programmes] = await Promise.all([listNationalAdoptions(actor, params), evidenceNsbOptions(actor), evidenceProgrammeOptions(actor)]);
  return (
    <RegisterPage
      register="adoptions"
      ns="evidenceAdoptions"
      list={list}
      params={params}
      filterNames={["programmeId", "degree"]}
      nsbs={nsbs}
      mayWrite={can(actor, "evidence.write")}
      notice={raw.notice}
      dateLabels={{ from: t("evidenceAdoptions.adoptedFrom"), to: t("evidenceAdoptions.adoptedTo") }}
      defaultSort="-adoptionDate"
      rowName={(a) => `${a.organization.acronym} ${a.standardReference}`}
      filters={
        <>
          <FilterSelect name="programmeId" label={t("evidenceAdoptions.programme")} value={params.programmeId} all={t("common.all")}
            options={programmes.map((p) => ({ value: p.id, label: p.code }))} />
          <FilterSelect name="degree" label={t("evidenceAdoptions.degree")} value={params.degree} all={t("common.all")}
            options={Object.values(AdoptionDegree).map((d) => ({ value: d, label: t(`enums.adoptionDegree.${d}`) }))} />
        </>
      }
      columns={[
        { label: t("evidenceAdoptions.standardReference"), sort: "standard", cellClassName: "whitespace-nowrap font-medium", cell: (a) => a.standardReference },
        { label: t("evidenceAdoptions.nationalReference"), cell: (a) => a.nationalReference },
        { label: t("evidenceAdoptions.adoptionDate"), sort: "adoptionDate", cellClassName: "whitespace-nowrap", cell: (a) => formatDate(a.adoptionDate) },
        { label: t("evidenceAdoptions.degree"), cell: (a) => <Badge tone={a.degree === "IDENTICAL" ? "success" : "info"}>{t(`enums.adoptionDegree.${a.degree}`)}</Badge> },
        {
          label: t("evidenceAdoptions.programme"),
          cell: (a) => (a.programme ? <Link href={`/programmes/${a.programme.id}`} className="text-brand-700 hover:underline">{a.programme.code}</Link> : "—"),
        },
      ]}
    />
  );
}
