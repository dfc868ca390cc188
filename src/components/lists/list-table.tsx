import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { SortTh, Table, Td, Th } from "@/components/ui/table";
import type { LinkParams, Page } from "@/lib/list-params";

/** One column of a list: its header (sortable by `sort`), and what each row shows in it. */
export interface Column<T> {
  label: React.ReactNode;
  /** The sort field this header toggles (see parseSort in src/lib/list-params.ts). */
  sort?: string;
  /** Classes of the header and of each cell ("text-right"). */
  className?: string;
  cellClassName?: string;
  cell: (row: T) => React.ReactNode;
}

interface ListTableProps<T> {
  caption: string;
  columns: (Column<T> | false | null | undefined)[];
  rows: T[];
  rowKey: (row: T) => string;
  /** The current sort, its default applied (the active header shows its direction). */
  sort?: string;
  params?: LinkParams;
  bodyTestId?: string;
  rowTestId?: string;
  rowClassName?: string;
}

/** A list's table: headers (sortable where a column says so, keeping the list's other parameters) and rows. */
export function ListTable<T>({ caption, columns, rows, rowKey, sort, params = {}, bodyTestId, rowTestId, rowClassName = "hover:bg-slate-50" }: ListTableProps<T>) {
  const shown = columns.filter((c): c is Column<T> => Boolean(c));
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          {shown.map((c, i) =>
            c.sort && typeof c.label === "string" ? (
              <SortTh key={i} label={c.label} field={c.sort} current={sort} params={params} />
            ) : (
              <Th key={i} className={c.className}>{c.label}</Th>
            ),
          )}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid={bodyTestId}>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={rowClassName} data-testid={rowTestId}>
            {shown.map((c, i) => (
              <Td key={i} className={[c.className, c.cellClassName].filter(Boolean).join(" ")}>{c.cell(row)}</Td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/**
 * A list's results: the empty state when there are no rows (`empty` says whether nothing
 * matched the filters or nothing is there yet), else the rows and the page links.
 */
export function ListResults<T>({ list, requested, params, empty, children }: { list: Page<T>; requested?: number; params: LinkParams; empty: string; children: React.ReactNode }) {
  if (list.rows.length === 0) return <EmptyState title={empty} />;
  return (
    <>
      {children}
      <Pagination page={list.page} requested={requested} pageCount={list.pageCount} total={list.total} params={params} />
    </>
  );
}
