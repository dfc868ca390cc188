import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can, requireActor } from "@/server/auth";
import { listTemplates } from "@/server/assessments";
import { formatDateTime, formatNumber } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { ButtonLink } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("assessments.templates"))("title") };
}

/** The self-assessment questionnaires (staff): each with its current version and the rounds answered with it. */
export default async function TemplatesPage() {
  const actor = await requireActor();
  if (!can(actor, "assessments.templates")) notFound();
  const [t, templates] = await Promise.all([getTranslations("assessments.templates"), listTemplates(actor)]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <ButtonLink href="/assessments/templates/new">{t("new")}</ButtonLink>
            <ButtonLink href="/assessments" variant="secondary">{t("back")}</ButtonLink>
          </>
        }
      />
      {templates.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("titleColumn")}</Th>
              <Th className="text-right">{t("versionColumn")}</Th>
              <Th className="text-right">{t("roundsColumn")}</Th>
              <Th>{t("changedColumn")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="templates">
            {templates.map((x) => (
              <tr key={x.id}>
                <Td>
                  <Link href={`/assessments/templates/${x.id}`} className="font-medium text-brand-700 hover:underline">{x.title}</Link>
                  {x.description ? <span className="block text-xs text-slate-600">{x.description}</span> : null}
                </Td>
                <Td className="text-right tabular-nums">{formatNumber(x.version)}</Td>
                <Td className="text-right tabular-nums">{formatNumber(x.rounds)}</Td>
                <Td className="whitespace-nowrap">{formatDateTime(x.updatedAt)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
