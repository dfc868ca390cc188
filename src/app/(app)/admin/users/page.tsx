import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { listUsers, userOrganizationOptions, USER_SORTS } from "@/server/users";
import { hasFilters, linkParamsOf, parseListParams, type RowOf } from "@/lib/list-params";
import { formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { FilterBar, SearchFilter } from "@/components/lists/filter-bar";
import { ListResults, ListTable, type Column } from "@/components/lists/list-table";
import { FilterSelect } from "@/components/ui/filter-select";
import { Role } from "@/generated/prisma/enums";
import { orNotFound } from "./or-not-found";
import { UserStatusBadge } from "./user-status-badge";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("users"))("title") };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const params = parseListParams(await searchParams, {
    role: z.enum(Role).optional().catch(undefined),
    organizationId: z.string().max(40).optional().catch(undefined),
    active: z.enum(["yes", "no"]).optional().catch(undefined),
    sort: z.enum(USER_SORTS).optional().catch(undefined),
  });
  const [list, options] = await orNotFound(
    Promise.all([
      listUsers(actor, { ...params, active: params.active === undefined ? undefined : params.active === "yes" }),
      userOrganizationOptions(actor),
    ]),
  );
  const t = await getTranslations();
  const linkParams = linkParamsOf(params);
  const filtered = hasFilters(params, ["q", "role", "organizationId", "active"]);

  return (
    <>
      <PageHeader
        title={t("users.title")}
        description={t("users.description")}
        actions={<ButtonLink href="/admin/users/new">{t("users.invite")}</ButtonLink>}
      />
      <FilterBar label={t("users.filters")} clearHref="/admin/users" filtered={filtered} sort={params.sort} columns="sm:grid-cols-2 lg:grid-cols-5" actionsClassName="sm:col-span-2 lg:col-span-5">
        <SearchFilter value={params.q} placeholder={t("users.searchPlaceholder")} />
        <FilterSelect name="role" label={t("users.role")} value={params.role} all={t("common.all")}
          options={Object.values(Role).map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        <FilterSelect name="organizationId" label={t("users.organization")} value={params.organizationId} all={t("common.all")}
          options={options.withUsers.map((o) => ({ value: o.id, label: o.acronym }))} />
        <FilterSelect name="active" label={t("users.status")} value={params.active} all={t("common.all")}
          options={[{ value: "yes", label: t("users.active") }, { value: "no", label: t("users.deactivated") }]} />
      </FilterBar>
      <ListResults list={list} requested={params.page} params={linkParams} empty={filtered ? t("users.noMatch") : t("users.empty")}>
        <ListTable caption={t("users.title")} columns={await userColumns()} rows={list.rows} rowKey={(u) => u.id} sort={params.sort ?? "name"} params={linkParams} />
      </ListResults>
    </>
  );
}

async function userColumns(): Promise<Column<RowOf<typeof listUsers>>[]> {
  const t = await getTranslations();
  return [
    { label: t("users.name"), sort: "name", cell: (u) => <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 hover:underline">{u.name}</Link> },
    { label: t("users.email"), sort: "email", cellClassName: "whitespace-nowrap", cell: (u) => u.email },
    { label: t("users.role"), sort: "role", cellClassName: "whitespace-nowrap", cell: (u) => t(`roles.${u.role}`) },
    { label: t("users.organization"), cell: (u) => (u.organization ? <abbr title={u.organization.name} className="no-underline">{u.organization.acronym}</abbr> : "—") },
    { label: t("users.status"), cell: (u) => <UserStatusBadge active={u.active} invitationPending={u.invitationPending} /> },
    { label: t("users.lastSignIn"), sort: "lastLoginAt", cellClassName: "whitespace-nowrap", cell: (u) => (u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t("users.never")) },
  ];
}
