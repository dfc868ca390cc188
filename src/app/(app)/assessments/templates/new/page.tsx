import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can, requireActor } from "@/server/auth";
import { LEVELS } from "@/domain/assessments/template";
import { PageHeader } from "@/components/ui/page-header";
import { TemplateEditor } from "../template-editor";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments.templates"))("newTitle") };
}

const blank = () => ({ en: "", fr: "", es: "" });

async function NewTemplatePage() {
  const actor = await requireActor();
  if (!can(actor, "assessments.templates")) notFound();
  const t = await getTranslations("assessments.templates");
  const content = { areas: [{ key: "area", title: blank(), questions: [{ key: "question", text: blank(), levels: LEVELS.map(blank) }] }] };
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <TemplateEditor id={null} version={null} title="" description="" content={content} />
    </>
  );
}

export default withClientMessages(["assessments", "forms"], NewTemplatePage);
