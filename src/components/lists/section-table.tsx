import { EmptyState } from "@/components/ui/empty-state";
import { ListTable, type Column } from "./list-table";

interface SectionTableProps<T> {
  /** The section's heading, and the table's caption unless `caption` says otherwise. */
  title: string;
  caption?: string;
  /** How many rows there are in all, beside the title (when the table shows only some). */
  count?: number;
  columns: (Column<T> | false | null | undefined)[];
  rows: T[];
  rowKey: (row: T) => string;
  /** What the section says when it has no rows. */
  empty: string;
  bodyTestId?: string;
  /** Beside the heading: an "add" link, for example. */
  action?: React.ReactNode;
}

/** A table section of a detail page: heading (with an optional action), then the rows or an empty state. */
export function SectionTable<T>({ title, caption, count, columns, rows, rowKey, empty, bodyTestId, action }: SectionTableProps<T>) {
  return (
    <section className="mt-8">
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">
          {title}
          {count !== undefined ? <span className="ml-2 text-sm font-normal text-slate-500">({count})</span> : null}
        </h2>
        {action}
      </div>
      {rows.length === 0 ? (
        <EmptyState title={empty} />
      ) : (
        <ListTable caption={caption ?? title} columns={columns} rows={rows} rowKey={rowKey} bodyTestId={bodyTestId} rowClassName="" />
      )}
    </section>
  );
}
