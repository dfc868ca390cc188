import { Table, Td, Th } from "@/components/ui/table";

/** A column of an import's preview table: its header and what each row shows in it. */
export interface PreviewColumn<R> {
  header: string;
  cell: (row: R) => React.ReactNode;
  className?: string;
}

interface Props<R> {
  caption: string;
  rows: readonly R[];
  columns: readonly PreviewColumn<R>[];
  rowKey: (row: R, index: number) => string | number;
  testId?: string;
  /** Where the test id goes: on the rows' body (default) or around the whole table. */
  testIdOn?: "body" | "table";
}

/** A table of an import's preview (the rows to fix, the first rows to import), shared by every import page. */
export function PreviewTable<R>({ caption, rows, columns, rowKey, testId, testIdOn = "body" }: Props<R>) {
  const table = (
    <Table caption={caption}>
      <thead>
        <tr>
          {columns.map((column) => <Th key={column.header}>{column.header}</Th>)}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid={testIdOn === "body" ? testId : undefined}>
        {rows.map((row, index) => (
          <tr key={rowKey(row, index)}>
            {columns.map((column) => <Td key={column.header} className={column.className}>{column.cell(row)}</Td>)}
          </tr>
        ))}
      </tbody>
    </Table>
  );
  return testIdOn === "table" && testId ? <div data-testid={testId}>{table}</div> : table;
}
