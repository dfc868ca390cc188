import { getTranslations } from "next-intl/server";
import { type Actor, can } from "@/server/auth";
import { listEntityHistory } from "@/server/audit";
import { formatDateTime } from "@/lib/format";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EventDiff } from "./event-diff";

const actionTone: Record<string, BadgeTone> = { CREATE: "success", UPDATE: "info", DELETE: "danger" };

/**
 * A record's change history (newest first), collapsed by default. Renders nothing for
 * roles without "audit.read", so record pages can include it unconditionally:
 * `<HistoryPanel actor={actor} entityType="Programme" entityId={id} />`.
 */
export async function HistoryPanel({ actor, entityType, entityId }: { actor: Actor; entityType: string; entityId: string }) {
  if (!can(actor, "audit.read")) return null;
  const [events, t] = await Promise.all([listEntityHistory(actor, entityType, entityId), getTranslations("audit")]);
  const links = { canManageUsers: can(actor, "users.manage") };
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid="history-panel">
      <summary className="cursor-pointer text-base font-semibold text-slate-900">
        {t("history", { count: events.length })}
      </summary>
      {events.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">{t("noHistory")}</p>
      ) : (
        <ol className="mt-3 divide-y divide-slate-100">
          {events.map((e) => (
            <li key={e.id} className="py-3">
              <p className="mb-1 flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <Badge tone={actionTone[e.action]}>{t(`action.${e.action}`)}</Badge>
                <time dateTime={e.createdAt.toISOString()}>{formatDateTime(e.createdAt)}</time>
                <span>{t("by", { name: e.actor?.name ?? t("system") })}</span>
              </p>
              <EventDiff entityType={e.entityType} before={e.before} after={e.after} links={links} />
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
