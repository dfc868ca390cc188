"use client";

import { useEffect, useRef, useState } from "react";

/**
 * A box whose content may be wider than the screen (a table on a phone): while it scrolls
 * sideways it is a named region in the tab order, so a keyboard user can focus it and
 * scroll it with the arrow keys (axe's scrollable-region-focusable), with the app's focus
 * ring. When its content fits it is a plain box, no tab stop. The server renders it
 * focusable: before the script runs (a slow link) nothing is known about the width.
 * `relative`: screen-reader-only text inside is absolutely positioned; without a
 * positioned scroller it escapes the box and widens the whole page.
 */
export function ScrollRegion({ label, className = "", children }: { label: string; className?: string; children: React.ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(true);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setScrolls(el.scrollWidth > el.clientWidth);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    for (const child of Array.from(el.children)) observer.observe(child);
    return () => observer.disconnect();
  }, []);
  const focusable = scrolls ? { role: "region", "aria-label": label, tabIndex: 0 } : {};
  return (
    <div ref={box} className={`relative overflow-x-auto ${className}`} {...focusable}>
      {children}
    </div>
  );
}
