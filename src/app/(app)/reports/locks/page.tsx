import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { listLocks, reportFilterOptions } from "@/server/reports";
import { parseListParams } from "@/lib/list-params";
import { formatDate, formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { LockForm, UnlockForm } from "./lock-forms";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("periodLocks"))("title") };
}

const NOTICES = ["locked", "unlocked"] as const;

async function LocksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "reports.review")) notFound();
  const t = await getTranslations();
  const raw = await searchParams;
  const params = parseListParams(raw, { all: z.literal("1").optional().catch(undefined) });
  const [locks, options] = await Promise.all([listLocks(actor, { includeUnlocked: params.all === "1", page: params.page }), reportFilterOptions(actor)]);
  const notice = raw.saved;
  return (
    <>
      <PageHeader title={t("periodLocks.title")} description={t("periodLocks.description")} actions={<ButtonLink href="/reports" variant="secondary">{t("reportsPage.title")}</ButtonLink>} />
      {typeof notice === "string" && (NOTICES as readonly string[]).includes(notice) ? (
        <div className="mb-6">
          <Alert tone="success" testId="notice">{t(`periodLocks.notices.${notice}`)}</Alert>
        </div>
      ) : null}
      <Card title={t("periodLocks.newLock")} className="mb-8">
        <LockForm programmes={options.programmes.map((p) => ({ id: p.id, label: `${p.code} · ${p.title}` }))} />
      </Card>
      <form role="search" aria-label={t("periodLocks.filters")} className="mb-4 flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2 text-sm text-slate-700">
          <input type="checkbox" name="all" value="1" defaultChecked={params.all === "1"} className="h-4 w-4" />
          {t("periodLocks.includeUnlocked")}
        </label>
        <Button type="submit" variant="secondary">{t("common.apply")}</Button>
      </form>
      {locks.rows.length === 0 ? (
        <EmptyState title={t("periodLocks.empty")} />
      ) : (
        <>
          <Table caption={t("periodLocks.title")}>
            <thead>
              <tr>
                <Th>{t("periodLocks.period")}</Th>
                <Th>{t("periodLocks.programme")}</Th>
                <Th>{t("periodLocks.reason")}</Th>
                <Th>{t("periodLocks.locked")}</Th>
                <Th>{t("periodLocks.state")}</Th>
                <Th>{t("common.actions")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="locks">
              {locks.rows.map((lock) => {
                const period = `${formatDate(lock.periodStart)} – ${formatDate(lock.periodEnd)}`;
                return (
                  <tr key={lock.id}>
                    <Td className="whitespace-nowrap">{period}</Td>
                    <Td>{lock.programme ? lock.programme.code : t("periodLocks.allProgrammes")}</Td>
                    <Td className="whitespace-pre-line">{lock.reason}</Td>
                    <Td className="whitespace-nowrap">{formatDateTime(lock.createdAt)}<span className="block text-xs text-slate-500">{lock.lockedBy.name}</span></Td>
                    <Td>
                      {lock.unlockedAt ? (
                        <>
                          <Badge tone="neutral">{t("periodLocks.unlocked")}</Badge>
                          <span className="mt-1 block text-xs text-slate-600">
                            {t("periodLocks.unlockedBy", { name: lock.unlock?.by ?? "—", when: formatDateTime(lock.unlockedAt), reason: lock.unlock?.reason || "—" })}
                          </span>
                        </>
                      ) : (
                        <Badge tone="warning">{t("periodLocks.active")}</Badge>
                      )}
                    </Td>
                    <Td>{lock.unlockedAt ? null : <UnlockForm id={lock.id} label={`${period} · ${lock.programme?.code ?? t("periodLocks.allProgrammes")}`} />}</Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <Pagination page={locks.page} requested={params.page} pageCount={locks.pageCount} total={locks.total} params={{ all: params.all }} />
        </>
      )}
    </>
  );
}

export default withClientMessages(["common", "forms", "periodLocks", "validation"], LocksPage);
