"use client";

import { useLinkStatus } from "next/link";
import { usePathname } from "next/navigation";
import Link from "@/components/ui/link";

/**
 * Shown while the page a link leads to is on its way. Most pages have no loading.tsx (a
 * record page must be able to answer 404 before anything streams), so without this a click
 * would show nothing until the next page arrives. Always rendered, only its opacity
 * changes, so the link never shifts.
 */
function PendingHint() {
  const { pending } = useLinkStatus();
  return (
    <span
      aria-hidden="true"
      data-testid={pending ? "nav-pending" : undefined}
      className={`ml-2 inline-block h-3 w-3 shrink-0 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600 align-middle transition-opacity ${pending ? "opacity-100" : "opacity-0"}`}
    />
  );
}

export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const active = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      className={`flex items-center justify-between rounded-md px-3 py-1.5 text-sm font-medium ${active ? "bg-brand-50 text-brand-900" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"}`}
    >
      {children}
      <PendingHint />
    </Link>
  );
}
