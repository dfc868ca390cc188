import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can, requireActor } from "@/server/auth";
import { getTemplate } from "@/server/assessments";
import { NotFoundError } from "@/domain/errors";
import { formatDateTime, formatNumber } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { HistoryPanel } from "@/components/audit/history-panel";
import { TemplateEditor } from "../template-editor";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const actor = await requireActor();
  if (!can(actor, "assessments.templates")) notFound();
  try {
    return { actor, ...(await getTemplate(actor, id)) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Pick<Params, "params">): Promise<Metadata> {
  return { title: (await load((await params).id)).template.title };
}

/** A questionnaire: its editor (saving writes a new version) and every version with the rounds answered with it. */
async function TemplatePage({ params, searchParams }: Params) {
  const { actor, template, content, versions } = await load((await params).id);
  const saved = (await searchParams).saved;
  const t = await getTranslations("assessments.templates");
  return (
    <>
      <PageHeader title={template.title} description={t("currentVersion", { number: template.version })} />
      {saved === "created" || saved === "updated" ? <div className="mb-4"><Alert tone="success" testId="notice">{t(`saved.${saved}`)}</Alert></div> : null}
      <div className="grid gap-6 xl:grid-cols-[1fr_18rem]">
        <TemplateEditor id={template.id} version={template.version} title={template.title} description={template.description} content={content} />
        <Card title={t("versions")}>
          <ol className="space-y-2 text-sm" data-testid="versions">
            {versions.map((v) => (
              <li key={v.id}>
                <span className="font-medium">{t("versionNumber", { number: v.number })}</span>
                <span className="block text-slate-600">{formatDateTime(v.createdAt)}{v.createdBy ? ` · ${v.createdBy}` : ""}</span>
                <span className="block text-slate-600">{t("roundsUsing", { count: v.rounds, formatted: formatNumber(v.rounds) })}</span>
              </li>
            ))}
          </ol>
        </Card>
      </div>
      <div className="mt-8">
        <HistoryPanel actor={actor} entityType="AssessmentTemplate" entityId={template.id} />
      </div>
    </>
  );
}

export default withClientMessages(["assessments", "forms"], TemplatePage);
