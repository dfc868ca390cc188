import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can, choosesNsb, requireActor } from "@/server/auth";
import { roundFormOptions, templateChoices } from "@/server/assessments";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { OpenRoundForm } from "./open-round-form";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments"))("openTitle") };
}

async function OpenRoundPage() {
  const actor = await requireActor();
  if (!can(actor, "assessments.write")) notFound();
  const [t, options, templates] = await Promise.all([getTranslations("assessments"), roundFormOptions(actor), templateChoices(actor)]);
  const programmes = options.programmes.filter((p) => p.nsbs.length > 0).map((p) => ({ id: p.id, label: `${p.code} · ${p.title}`, nsbs: p.nsbs.map((n) => ({ id: n.id, label: `${n.acronym} · ${n.name}` })) }));
  return (
    <>
      <PageHeader title={t("openTitle")} description={t("openDescription")} />
      {templates.length === 0 || programmes.length === 0 ? (
        <Alert tone="warning">{templates.length === 0 ? t("noTemplate") : t("noProgramme")}</Alert>
      ) : (
        <OpenRoundForm programmes={programmes} templates={templates.map((x) => ({ id: x.id, label: x.title }))} choosesNsb={choosesNsb(actor)} />
      )}
    </>
  );
}

export default withClientMessages(["assessments", "common", "enums", "forms"], OpenRoundPage);
