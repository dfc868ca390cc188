import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { can } from "@/server/auth";
import { auditFilterOptions, listAuditEvents } from "@/server/audit";
import { dayParam, parseListParams } from "@/lib/list-params";
import { formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { Button, ButtonLink } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
import { FilterSelect } from "@/components/ui/filter-select";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EventDiff } from "@/components/audit/event-diff";
import { recordTypeLabel } from "@/components/audit/audit-value";
import { recordHref, shortId } from "@/lib/audit-display";
import { AuditAction } from "@/generated/prisma/enums";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

const day = dayParam;
const actionTone: Record<string, BadgeTone> = { CREATE: "success", UPDATE: "info", DELETE: "danger" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "audit.read")) notFound();
  const t = await getTranslations();
  const params = parseListParams(await searchParams, {
    userId: z.string().max(40).optional().catch(undefined),
    entityType: z.string().max(60).optional().catch(undefined),
    entityId: z.string().trim().max(60).optional().catch(undefined),
    action: z.enum(AuditAction).optional().catch(undefined),
    from: day,
    to: day,
  });
  const [list, options] = await Promise.all([
    listAuditEvents(actor, {
      userId: params.userId,
      entityType: params.entityType,
      entityId: params.entityId,
      action: params.action,
      from: params.from ? new Date(`${params.from}T00:00:00Z`) : undefined,
      to: params.to ? new Date(`${params.to}T00:00:00Z`) : undefined,
      page: params.page,
    }),
    auditFilterOptions(actor),
  ]);
  const linkParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
  const links = { canManageUsers: can(actor, "users.manage") };
  const typeOptions = options.entityTypes.map((type) => ({ value: type, label: recordTypeLabel(t, type) })).sort((a, b) => a.label.localeCompare(b.label));
  const filtered = Boolean(params.userId || params.entityType || params.entityId || params.action || params.from || params.to);

  return (
    <>
      <PageHeader title={t("audit.title")} description={t("audit.description")} />
      <form role="search" aria-label={t("audit.filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6">
        <FilterSelect name="userId" label={t("audit.user")} value={params.userId} all={t("common.all")}
          options={options.users.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))} />
        <FilterSelect name="entityType" label={t("audit.entityType")} value={params.entityType} all={t("common.all")}
          options={typeOptions} />
        <FilterSelect name="action" label={t("audit.actionLabel")} value={params.action} all={t("common.all")}
          options={Object.values(AuditAction).map((a) => ({ value: a, label: t(`audit.action.${a}`) }))} />
        <label>
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("audit.from")}</span>
          <input type="date" name="from" defaultValue={params.from ?? ""} className={selectClass} />
        </label>
        <label>
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("audit.to")}</span>
          <input type="date" name="to" defaultValue={params.to ?? ""} className={selectClass} />
        </label>
        <label>
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("audit.entityId")}</span>
          <input name="entityId" defaultValue={params.entityId ?? ""} className={`${selectClass} font-mono`} autoComplete="off" />
        </label>
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-6 lg:justify-end">
          <Button type="submit">{t("common.apply")}</Button>
          {filtered ? <ButtonLink href="/audit" variant="secondary">{t("common.clear")}</ButtonLink> : null}
        </div>
      </form>

      {list.rows.length === 0 ? (
        <EmptyState title={filtered ? t("audit.noMatch") : t("audit.empty")} />
      ) : (
        <>
          <Table caption={t("audit.title")}>
            <thead>
              <tr>
                <Th>{t("audit.when")}</Th>
                <Th>{t("audit.who")}</Th>
                <Th>{t("audit.actionLabel")}</Th>
                <Th>{t("audit.entity")}</Th>
                <Th>{t("audit.changes")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="audit-events">
              {list.rows.map((e) => {
                const href = recordHref(e.entityType, e.entityId, e.after ?? e.before, links);
                const type = recordTypeLabel(t, e.entityType);
                return (
                  <tr key={e.id} data-testid="audit-event">
                    <Td className="whitespace-nowrap">
                      <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time>
                    </Td>
                    <Td>{e.actor?.name ?? t("audit.system")}</Td>
                    <Td><Badge tone={actionTone[e.action]}>{t(`audit.action.${e.action}`)}</Badge></Td>
                    <Td>
                      <span className="block font-medium" data-testid="record-type">{type}</span>
                      {/* The id, shortened: the full one is in the link's title and in the history filter it opens. */}
                      <Link
                        href={`/audit?${new URLSearchParams({ entityType: e.entityType, entityId: e.entityId }).toString()}`}
                        className="font-mono text-xs text-brand-700 hover:underline"
                        title={`${t("audit.historyOf")} (${e.entityId})`}
                      >
                        {shortId(e.entityId)}
                        <span className="sr-only"> {t("audit.historyOf")}</span>
                      </Link>
                      {href ? (
                        <Link href={href} className="mt-1 block text-xs text-brand-700 hover:underline">
                          {t("audit.openRecord")}<span className="sr-only"> {type} {shortId(e.entityId)}</span>
                        </Link>
                      ) : null}
                    </Td>
                    <Td className="min-w-72 max-w-xl"><EventDiff entityType={e.entityType} before={e.before} after={e.after} links={links} /></Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
          <Pagination page={list.page} requested={params.page} pageCount={list.pageCount} total={list.total} params={linkParams} />
        </>
      )}
    </>
  );
}
