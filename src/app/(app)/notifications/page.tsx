import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { listMyNotifications, unreadNotificationCount } from "@/server/notifications";
import { parseListParams } from "@/lib/list-params";
import { formatDateTime } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { CheckFilter } from "@/components/lists/filter-bar";
import { ListResults } from "@/components/lists/list-table";
import { MarkAllReadForm, MarkReadForm } from "./notification-forms";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("notifications"))("title") };
}

/** Only links inside the app are followed (notifications are written by the app, but stay careful). */
const internal = (link: string) => link.startsWith("/") && !link.startsWith("//");

async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const t = await getTranslations();
  const params = parseListParams(await searchParams, { unread: z.literal("1").optional().catch(undefined) });
  const [list, unread] = await Promise.all([listMyNotifications(actor, { unreadOnly: params.unread === "1", page: params.page }), unreadNotificationCount(actor)]);
  return (
    <>
      <PageHeader title={t("notifications.title")} description={t("notifications.unreadCount", { count: unread })} actions={unread > 0 ? <MarkAllReadForm /> : undefined} />
      <form role="search" aria-label={t("notifications.filters")} className="mb-4 flex flex-wrap items-center gap-3">
        <CheckFilter name="unread" label={t("notifications.unreadOnly")} checked={params.unread === "1"} />
        <Button type="submit" variant="secondary">{t("common.apply")}</Button>
      </form>
      <ListResults list={list} requested={params.page} params={{ unread: params.unread }} empty={t("notifications.empty")}>
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="notifications">
          {list.rows.map((n) => (
            <li key={n.id} className={`flex flex-col gap-2 p-4 sm:flex-row sm:items-start sm:justify-between ${n.readAt ? "" : "bg-brand-50"}`}>
              <div className="space-y-1 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  {n.readAt ? <Badge tone="neutral">{t("notifications.read")}</Badge> : <Badge tone="info">{t("notifications.unread")}</Badge>}
                  <time dateTime={n.createdAt.toISOString()} className="text-xs text-slate-700">{formatDateTime(n.createdAt)}</time>
                </p>
                <p className="text-slate-800">{n.message}</p>
                {n.link && internal(n.link) ? (
                  <Link href={n.link} className="font-medium text-brand-700 hover:underline">{t("notifications.open")}</Link>
                ) : null}
              </div>
              {n.readAt ? null : <MarkReadForm id={n.id} />}
            </li>
          ))}
        </ul>
      </ListResults>
    </>
  );
}

export default withClientMessages(["forms", "notifications"], NotificationsPage);
