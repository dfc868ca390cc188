import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { formatDate, dateFormat } from "@/lib/format";
import { ActivityStatusBadge } from "@/components/programmes/status-badge";

export interface TimelineActivity {
  id: string;
  title: string;
  type: string;
  status: string;
  startDate: Date;
  endDate: Date;
  programme?: { code: string };
}

const monthKey = (d: Date) => d.toISOString().slice(0, 7);
const monthLabel = (d: Date) => dateFormat({ month: "long", year: "numeric" }).format(d);

/** Activities grouped by the month they start in, in date order: a list that reads as a timeline. */
export async function ActivityTimeline({ activities, headingLevel = 3 }: { activities: TimelineActivity[]; headingLevel?: 2 | 3 }) {
  const t = await getTranslations();
  const sorted = [...activities].sort((a, b) => a.startDate.getTime() - b.startDate.getTime() || a.endDate.getTime() - b.endDate.getTime() || a.id.localeCompare(b.id));
  const months: { key: string; label: string; items: TimelineActivity[] }[] = [];
  for (const a of sorted) {
    const key = monthKey(a.startDate);
    const last = months.at(-1);
    if (last?.key === key) last.items.push(a);
    else months.push({ key, label: monthLabel(a.startDate), items: [a] });
  }
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="relative ml-2 border-l-2 border-brand-100" data-testid="timeline">
      {months.map((m) => (
        <li key={m.key} className="mb-6 ml-5 last:mb-0">
          <span aria-hidden="true" className="timeline-dot" />
          <Heading className="text-sm font-semibold text-slate-900">
            <time dateTime={m.key}>{m.label}</time>
          </Heading>
          <ul className="mt-2 space-y-2">
            {m.items.map((a) => (
              <li key={a.id} className="timeline-item">
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <Link href={`/activities/${a.id}`} className="link">{a.title}</Link>
                  <ActivityStatusBadge status={a.status} />
                </div>
                <p className="mt-0.5 text-xs text-slate-600">
                  <time dateTime={a.startDate.toISOString().slice(0, 10)}>{formatDate(a.startDate)}</time>
                  {a.endDate.getTime() !== a.startDate.getTime() ? (
                    <>
                      {" – "}
                      <time dateTime={a.endDate.toISOString().slice(0, 10)}>{formatDate(a.endDate)}</time>
                    </>
                  ) : null}
                  {" · "}
                  {t(`enums.activityType.${a.type}`)}
                  {a.programme ? ` · ${a.programme.code}` : ""}
                </p>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
