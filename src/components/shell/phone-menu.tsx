"use client";

import { useEffect, useRef } from "react";
import { usePathname } from "next/navigation";

/**
 * The main menu on a phone: folded under one "Menu" button (a native <details>, so it opens
 * and closes by keyboard and before any script has run) instead of a block of links above
 * every page. It folds again when a link in it has led to another page, and on Escape,
 * giving the focus back to its button.
 */
export function PhoneMenu({ label, children }: { label: string; children: React.ReactNode }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    if (ref.current) ref.current.open = false;
  }, [pathname]);
  return (
    <details
      ref={ref}
      className="phone-menu lg:hidden"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !event.currentTarget.open) return;
        event.currentTarget.open = false;
        event.currentTarget.querySelector("summary")?.focus();
      }}
    >
      <summary data-testid="phone-menu">{label}</summary>
      <div className="phone-menu-links">{children}</div>
    </details>
  );
}
