import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { getUser, userOrganizationOptions } from "@/server/users";
import { formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { orNotFound } from "../or-not-found";
import { UserStatusBadge } from "../user-status-badge";
import { UserForm } from "./user-form";
import { StatusForm } from "./status-form";
import { ResetLinkForm } from "./reset-link-form";
import { SignOutEverywhereForm } from "./sign-out-everywhere-form";
import { HistoryPanel } from "@/components/audit/history-panel";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const actor = await requireActor();
  const user = await orNotFound(getUser(actor, (await params).id));
  return { title: user.name };
}

async function UserPage({ params }: Params) {
  const actor = await requireActor();
  const { id } = await params;
  const [user, options] = await orNotFound(Promise.all([getUser(actor, id), userOrganizationOptions(actor)]));
  const t = await getTranslations();
  const isSelf = user.id === actor.id;
  const details: [string, React.ReactNode][] = [
    [t("users.email"), <span key="email" className="break-all">{user.email}</span>],
    [t("users.role"), t(`roles.${user.role}`)],
    [t("users.organization"), user.organization ? `${user.organization.acronym} – ${user.organization.name}` : "—"],
    [t("users.status"), <UserStatusBadge key="status" active={user.active} invitationPending={user.invitationPending} />],
    [t("users.lastSignIn"), user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t("users.never")],
    [t("users.passwordChanged"), user.passwordChangedAt ? formatDateTime(user.passwordChangedAt) : user.invitationPending ? t("users.noPasswordYet") : "—"],
    [t("users.created"), formatDateTime(user.createdAt)],
    ...user.openLinks.map((l): [string, React.ReactNode] => [t(`users.openLink.${l.purpose}`), t(user.active ? "users.validUntil" : "users.validUntilInactive", { when: formatDateTime(l.expiresAt) })]),
  ];
  return (
    <>
      <Link href="/admin/users" className="text-sm text-brand-700 hover:underline">
        ← {t("users.backToList")}
      </Link>
      <div className="mt-2">
        <PageHeader title={user.name} description={isSelf ? t("users.thisIsYou") : undefined} />
      </div>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("users.details")}>
          <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            {details.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="font-medium text-slate-600">{label}</dt>
                <dd className="text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title={t("users.edit")}>
          <UserForm user={user} organizations={options.assignable} isSelf={isSelf} />
        </Card>
        <Card title={t("users.access")}>
          {isSelf ? <p className="text-sm text-slate-700">{t("users.cannotDeactivateSelf")}</p> : <StatusForm user={user} />}
          {user.active ? <SignOutEverywhereForm user={user} /> : null}
        </Card>
        <Card title={t("users.password")}>
          {user.active ? (
            <ResetLinkForm userId={user.id} invitationPending={user.invitationPending} />
          ) : (
            <p className="text-sm text-slate-700">{t("users.resetNeedsActive")}</p>
          )}
        </Card>
      </div>
      <div className="mt-6">
        <HistoryPanel actor={actor} entityType="User" entityId={user.id} />
      </div>
    </>
  );
}

export default withClientMessages(["common", "forms", "roles", "users", "validation"], UserPage);
