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
      data-pending={pending ? "" : undefined}
      className="nav-pending"
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
      className="nav-link"
    >
      {children}
      <PendingHint />
    </Link>
  );
}
