import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { listUsers, userOrganizationOptions, USER_SORTS } from "@/server/users";
import { parseListParams } from "@/lib/list-params";
import { formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { SortTh, Table, Td, Th } from "@/components/ui/table";
import { Pagination } from "@/components/ui/pagination";
import { EmptyState } from "@/components/ui/empty-state";
import { Button, ButtonLink } from "@/components/ui/button";
import { selectClass } from "@/components/ui/field";
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
  const linkParams = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v === undefined ? undefined : String(v)]));
  const filtered = Boolean(params.q || params.role || params.organizationId || params.active);

  return (
    <>
      <PageHeader
        title={t("users.title")}
        description={t("users.description")}
        actions={<ButtonLink href="/admin/users/new">{t("users.invite")}</ButtonLink>}
      />
      <form role="search" aria-label={t("users.filters")} className="mb-4 grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-5">
        <label className="lg:col-span-2">
          <span className="mb-1 block text-xs font-medium text-slate-600">{t("common.search")}</span>
          <input name="q" type="search" defaultValue={params.q ?? ""} placeholder={t("users.searchPlaceholder")} className={selectClass} />
        </label>
        <FilterSelect name="role" label={t("users.role")} value={params.role} all={t("common.all")}
          options={Object.values(Role).map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
        <FilterSelect name="organizationId" label={t("users.organization")} value={params.organizationId} all={t("common.all")}
          options={options.withUsers.map((o) => ({ value: o.id, label: o.acronym }))} />
        <FilterSelect name="active" label={t("users.status")} value={params.active} all={t("common.all")}
          options={[{ value: "yes", label: t("users.active") }, { value: "no", label: t("users.deactivated") }]} />
        {params.sort ? <input type="hidden" name="sort" value={params.sort} /> : null}
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-5 lg:justify-end">
          <Button type="submit">{t("common.apply")}</Button>
          {filtered ? <ButtonLink href="/admin/users" variant="secondary">{t("common.clear")}</ButtonLink> : null}
        </div>
      </form>

      {list.rows.length === 0 ? (
        <EmptyState title={filtered ? t("users.noMatch") : t("users.empty")} />
      ) : (
        <>
          <Table caption={t("users.title")}>
            <thead>
              <tr>
                <SortTh label={t("users.name")} field="name" current={params.sort ?? "name"} params={linkParams} />
                <SortTh label={t("users.email")} field="email" current={params.sort} params={linkParams} />
                <SortTh label={t("users.role")} field="role" current={params.sort} params={linkParams} />
                <Th>{t("users.organization")}</Th>
                <Th>{t("users.status")}</Th>
                <SortTh label={t("users.lastSignIn")} field="lastLoginAt" current={params.sort} params={linkParams} />
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.rows.map((u) => (
                <tr key={u.id} className="hover:bg-slate-50">
                  <Td>
                    <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 hover:underline">{u.name}</Link>
                  </Td>
                  <Td className="whitespace-nowrap">{u.email}</Td>
                  <Td className="whitespace-nowrap">{t(`roles.${u.role}`)}</Td>
                  <Td>{u.organization ? <abbr title={u.organization.name} className="no-underline">{u.organization.acronym}</abbr> : "—"}</Td>
                  <Td><UserStatusBadge active={u.active} invitationPending={u.invitationPending} /></Td>
                  <Td className="whitespace-nowrap">{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : t("users.never")}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={list.page} requested={params.page} pageCount={list.pageCount} total={list.total} params={linkParams} />
        </>
      )}
    </>
  );
}
