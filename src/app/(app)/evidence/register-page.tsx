import Link from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { PageHeader } from "@/components/ui/page-header";
import { ButtonLink } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { FilterSelect } from "@/components/ui/filter-select";
import { FilterBar, InputFilter, SearchFilter } from "@/components/lists/filter-bar";
import { ListResults, ListTable, type Column } from "@/components/lists/list-table";
import { EARLIEST_DAY, LATEST_DAY } from "@/domain/evidence/rules";
import { dayParamBetween, hasFilters, linkParamsOf, type Page } from "@/lib/list-params";
import { EvidenceTabs } from "./tabs";
import { EvidenceNotice } from "./notice";

// Evidence goes back to ISO's founding (src/domain/evidence/rules.ts).
const day = dayParamBetween(EARLIEST_DAY, LATEST_DAY);

/** The list parameters both registers share; each adds its own filters and sorts. */
export const registerParams = {
  nsbId: z.string().max(40).optional().catch(undefined),
  from: day,
  to: day,
};

interface RegisterRow {
  id: string;
  organization: { acronym: string; name: string };
}

interface RegisterPageProps<T extends RegisterRow> {
  register: "adoptions" | "committees";
  /** The register's message namespace (its titles, labels and empty states). */
  ns: "evidenceAdoptions" | "evidenceCommittees";
  list: Page<T>;
  params: { q?: string; page?: number; sort?: string; nsbId?: string; from?: string; to?: string } & Record<string, unknown>;
  /** The register's own filter names (beyond search, NSB and dates), for "no match". */
  filterNames: string[];
  nsbs: { id: string; acronym: string }[];
  mayWrite: boolean;
  notice: string | string[] | undefined;
  /** The register's own filters, between the NSB and the dates. */
  filters: React.ReactNode;
  dateLabels: { from: string; to: string };
  defaultSort: string;
  columns: Column<T>[];
  /** What the edit link says to a screen reader after "Edit". */
  rowName: (row: T) => string;
}

/** An evidence register's list page: the two registers are configurations of it. */
export async function RegisterPage<T extends RegisterRow>(props: RegisterPageProps<T>) {
  const { register, ns, list, params, mayWrite } = props;
  const t = await getTranslations();
  const linkParams = linkParamsOf(params);
  const filtered = hasFilters(params, ["q", "nsbId", "from", "to", ...props.filterNames]);
  const base = `/evidence/${register}`;
  return (
    <>
      <PageHeader
        title={t(`${ns}.title`)}
        description={t(`${ns}.description`)}
        actions={
          mayWrite ? (
            <>
              <ButtonLink href={`${base}/import`} variant="secondary">{t("evidence.import")}</ButtonLink>
              <ButtonLink href={`${base}/new`}>{t(`${ns}.new`)}</ButtonLink>
            </>
          ) : undefined
        }
      />
      <EvidenceTabs current={register} />
      <EvidenceNotice notice={props.notice} />
      {!mayWrite ? <div className="mb-4"><Alert>{t("evidence.readOnly")}</Alert></div> : null}
      <FilterBar label={t(`${ns}.filters`)} clearHref={base} filtered={filtered} sort={params.sort} actionsClassName="lg:col-span-4">
        <SearchFilter value={params.q} placeholder={t(`${ns}.searchPlaceholder`)} />
        {props.nsbs.length > 1 ? (
          <FilterSelect name="nsbId" label={t("evidence.nsb")} value={params.nsbId} all={t("common.all")} options={props.nsbs.map((n) => ({ value: n.id, label: n.acronym }))} />
        ) : null}
        {props.filters}
        <InputFilter name="from" type="date" label={props.dateLabels.from} value={params.from} />
        <InputFilter name="to" type="date" label={props.dateLabels.to} value={params.to} />
      </FilterBar>
      <ListResults list={list} requested={params.page} params={linkParams} empty={filtered ? t(`${ns}.noMatch`) : t(`${ns}.empty`)}>
        <ListTable
          caption={t(`${ns}.title`)}
          rows={list.rows}
          rowKey={(r) => r.id}
          sort={params.sort ?? props.defaultSort}
          params={linkParams}
          bodyTestId={register === "adoptions" ? "adoption-rows" : "committee-rows"}
          columns={[
            { label: t("evidence.nsb"), sort: "nsb", cell: (r) => <abbr title={r.organization.name} className="font-medium no-underline">{r.organization.acronym}</abbr> },
            ...props.columns,
            mayWrite && {
              label: <span className="sr-only">{t("common.actions")}</span>,
              cellClassName: "text-right",
              cell: (r) => (
                <Link href={`${base}/${r.id}`} className="font-medium text-brand-700 hover:underline">
                  {t("evidence.edit")}<span className="sr-only"> {props.rowName(r)}</span>
                </Link>
              ),
            },
          ]}
        />
      </ListResults>
    </>
  );
}
