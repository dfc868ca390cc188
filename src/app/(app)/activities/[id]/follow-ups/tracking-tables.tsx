import { getTranslations } from "next-intl/server";
import type { Tracking, TrackingCounts } from "@/server/surveys";
import { formatNumber } from "@/lib/format";
import { Table, Td, Th } from "@/components/ui/table";

export const rateText = (rate: number | null) => (rate === null ? "—" : `${formatNumber(rate)} %`);

async function CountsTable({ caption, label, rows }: { caption: string; label: string; rows: (TrackingCounts & { key: string; name: string })[] }) {
  const t = await getTranslations("surveys");
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{label}</Th>
          <Th className="text-right">{t("list.invited")}</Th>
          <Th className="text-right">{t("list.opened")}</Th>
          <Th className="text-right">{t("list.answered")}</Th>
          <Th className="text-right">{t("list.rate")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.key}>
            <Td className="font-medium">{r.name}</Td>
            <Td className="text-right tabular-nums">{formatNumber(r.invited)}</Td>
            <Td className="text-right tabular-nums">{formatNumber(r.opened)}</Td>
            <Td className="text-right tabular-nums">{formatNumber(r.answered)}</Td>
            <Td className="text-right tabular-nums">{rateText(r.rate)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** Invited, opened, answered and the response rate, by NSB and by sex. */
export async function TrackingTables({ tracking }: { tracking: Tracking }) {
  const t = await getTranslations();
  return (
    <div className="grid gap-6 lg:grid-cols-2" data-testid="survey-tracking">
      <CountsTable caption={t("surveys.detail.byNsb")} label={t("surveys.detail.nsb")} rows={tracking.byNsb.map((n) => ({ ...n, key: n.nsbId, name: n.acronym }))} />
      <CountsTable caption={t("surveys.detail.bySex")} label={t("surveys.detail.sex")} rows={tracking.bySex.map((s) => ({ ...s, key: s.sex, name: t(`enums.sex.${s.sex}`) }))} />
    </div>
  );
}
