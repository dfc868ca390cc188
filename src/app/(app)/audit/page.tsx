import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { auditFilterOptions, listAuditEvents, type AuditEventRow } from "@/server/audit";
import { dayParam, hasFilters, linkParamsOf, parseListParams } from "@/lib/list-params";
import { formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { FilterSelect } from "@/components/ui/filter-select";
import { FilterBar, InputFilter } from "@/components/lists/filter-bar";
import { ListResults, ListTable, type Column } from "@/components/lists/list-table";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EventDiff } from "@/components/audit/event-diff";
import { recordTypeLabel } from "@/components/audit/audit-value";
import { recordHref, shortId } from "@/lib/audit-display";
import { AuditAction } from "@/generated/prisma/enums";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("audit"))("title") };
}

const actionTone: Record<string, BadgeTone> = { CREATE: "success", UPDATE: "info", DELETE: "danger" };

const auditParams = {
  userId: z.string().max(40).optional().catch(undefined),
  entityType: z.string().max(60).optional().catch(undefined),
  entityId: z.string().trim().max(60).optional().catch(undefined),
  action: z.enum(AuditAction).optional().catch(undefined),
  from: dayParam,
  to: dayParam,
};

type AuditParams = ReturnType<typeof parseListParams<typeof auditParams>>;
type Links = { canManageUsers: boolean };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "audit.read")) notFound();
  const t = await getTranslations();
  const params = parseListParams(await searchParams, auditParams);
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
  const links = { canManageUsers: can(actor, "users.manage") };
  const filtered = hasFilters(params, ["userId", "entityType", "entityId", "action", "from", "to"]);

  return (
    <>
      <PageHeader title={t("audit.title")} description={t("audit.description")} />
      <AuditFilters params={params} options={options} filtered={filtered} />
      <ListResults list={list} requested={params.page} params={linkParamsOf(params)} empty={filtered ? t("audit.noMatch") : t("audit.empty")}>
        <ListTable caption={t("audit.title")} columns={await auditColumns(links)} rows={list.rows} rowKey={(e) => e.id} bodyTestId="audit-events" rowTestId="audit-event" rowClassName="" />
      </ListResults>
    </>
  );
}

async function AuditFilters({ params, options, filtered }: { params: AuditParams; options: Awaited<ReturnType<typeof auditFilterOptions>>; filtered: boolean }) {
  const t = await getTranslations();
  const typeOptions = options.entityTypes.map((type) => ({ value: type, label: recordTypeLabel(t, type) })).sort((a, b) => a.label.localeCompare(b.label));
  return (
    <FilterBar label={t("audit.filters")} clearHref="/audit" filtered={filtered} actionsClassName="sm:col-span-2 lg:col-span-6">
      <FilterSelect name="userId" label={t("audit.user")} value={params.userId} all={t("common.all")}
        options={options.users.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))} />
      <FilterSelect name="entityType" label={t("audit.entityType")} value={params.entityType} all={t("common.all")}
        options={typeOptions} />
      <FilterSelect name="action" label={t("audit.actionLabel")} value={params.action} all={t("common.all")}
        options={Object.values(AuditAction).map((a) => ({ value: a, label: t(`audit.action.${a}`) }))} />
      <InputFilter name="from" type="date" label={t("audit.from")} value={params.from} />
      <InputFilter name="to" type="date" label={t("audit.to")} value={params.to} />
      <InputFilter name="entityId" label={t("audit.entityId")} value={params.entityId} inputClassName="font-mono" />
    </FilterBar>
  );
}

async function auditColumns(links: Links): Promise<Column<AuditEventRow>[]> {
  const t = await getTranslations();
  return [
    { label: t("audit.when"), cellClassName: "whitespace-nowrap", cell: (e) => <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time> },
    { label: t("audit.who"), cell: (e) => e.actor?.name ?? t("audit.system") },
    { label: t("audit.actionLabel"), cell: (e) => <Badge tone={actionTone[e.action]}>{t(`audit.action.${e.action}`)}</Badge> },
    { label: t("audit.entity"), cell: (e) => <AuditRecordCell event={e} links={links} /> },
    { label: t("audit.changes"), cellClassName: "min-w-72 max-w-xl", cell: (e) => <EventDiff entityType={e.entityType} before={e.before} after={e.after} links={links} /> },
  ];
}

async function AuditRecordCell({ event: e, links }: { event: AuditEventRow; links: Links }) {
  const t = await getTranslations();
  const href = recordHref(e.entityType, e.entityId, e.after ?? e.before, links);
  const type = recordTypeLabel(t, e.entityType);
  return (
    <>
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
    </>
  );
}
