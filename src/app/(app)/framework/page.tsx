import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { listActionPlans } from "@/server/framework";
import { parseListParams } from "@/lib/list-params";
import { formatDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { EmptyState } from "@/components/ui/empty-state";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("framework"))("title") };
}

export default async function FrameworkPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations("framework");
  const params = parseListParams(await searchParams, { archived: z.literal("1").optional().catch(undefined) });
  const showArchived = params.archived === "1";
  const plans = await listActionPlans(actor, { includeArchived: showArchived });
  const canWrite = can(actor, "framework.write");

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <ButtonLink href={showArchived ? "/framework" : "/framework?archived=1"} variant="secondary">
              {showArchived ? t("hideArchivedPlans") : t("showArchivedPlans")}
            </ButtonLink>
            {canWrite ? <ButtonLink href="/framework/new">{t("newPlan")}</ButtonLink> : null}
          </>
        }
      />
      {plans.length === 0 ? (
        <EmptyState title={t("empty")}>{canWrite ? t("emptyStaff") : null}</EmptyState>
      ) : (
        <Table caption={t("title")}>
          <thead>
            <tr>
              <Th>{t("plan")}</Th>
              <Th>{t("period")}</Th>
              <Th className="text-right">{t("resultCount")}</Th>
              <Th>{t("lastChanged")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {plans.map((p) => (
              <tr key={p.id} className="hover:bg-slate-50">
                <Td>
                  <Link href={`/framework/${p.id}`} className="font-medium text-brand-700 hover:underline">{p.title}</Link>
                  {p.archived ? <span className="ml-2"><Badge>{t("archived")}</Badge></span> : null}
                  {p.description ? <p className="mt-0.5 line-clamp-2 text-xs text-slate-600">{p.description}</p> : null}
                </Td>
                <Td className="whitespace-nowrap tabular-nums">{p.startYear}–{p.endYear}</Td>
                <Td className="text-right tabular-nums">{p._count.resultAreas}</Td>
                <Td className="whitespace-nowrap">{formatDate(p.updatedAt)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
