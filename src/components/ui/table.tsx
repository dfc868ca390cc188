import Link from "@/components/ui/link";
import { listHref, type LinkParams } from "@/lib/list-params";
import { ScrollRegion } from "./scroll-region";

export function Table({ caption, children }: { caption: string; children: React.ReactNode }) {
  return (
    // Keyboard-scrollable and named by the caption when the table is wider than the screen.
    <ScrollRegion label={caption} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </ScrollRegion>
  );
}

export function Th({ children, className = "" }: { children?: React.ReactNode; className?: string }) {
  return (
    <th scope="col" className={className ? `th ${className}` : "th"}>
      {children}
    </th>
  );
}

export function Td({ children, className = "" }: { children?: React.ReactNode; className?: string }) {
  return <td className={className ? `td ${className}` : "td"}>{children}</td>;
}

/** A column header that sorts the list by `field` (toggling direction), keeping other params. */
export function SortTh({ label, field, current, params }: { label: string; field: string; current?: string; params: LinkParams }) {
  const active = current === field || current === `-${field}`;
  const next = current === field ? `-${field}` : field;
  return (
    <th scope="col" aria-sort={active ? (current?.startsWith("-") ? "descending" : "ascending") : "none"} className="th">
      <Link href={listHref(params, { sort: next, page: undefined })} className="inline-flex items-center gap-1 hover:text-slate-900">
        {label}
        <span aria-hidden="true">{active ? (current?.startsWith("-") ? "▼" : "▲") : "↕"}</span>
      </Link>
    </th>
  );
}
