"use client";

// eslint-disable-next-line no-restricted-imports -- the one place that wraps it
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps, FocusEvent, MouseEvent, TouchEvent } from "react";

/** A page of this app that an address leads to, or null (another site, a download, a mail address). */
function sameOrigin(href: ComponentProps<typeof NextLink>["href"]): string | null {
  if (typeof href !== "string" || href.startsWith("/api/")) return null;
  try {
    const url = new URL(href, window.location.href);
    return url.origin === window.location.origin ? `${url.pathname}${url.search}` : null;
  } catch {
    return null;
  }
}

/**
 * The app's link (every page and component uses it; ESLint refuses `next/link` elsewhere).
 * Next.js fetches the page behind every link that scrolls into view, which on a table of 50
 * rows is 30 requests on a slow link before the reader has chosen anything. This one fetches
 * the page when the reader shows the intent to follow the link: the pointer over it, a finger
 * on it, keyboard focus (the main navigation too: it is on every page, phones included). A
 * link given `prefetch` explicitly keeps Next.js's behaviour for that value.
 */
export default function Link({ prefetch, onMouseEnter, onTouchStart, onFocus, ...props }: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  if (prefetch !== undefined) return <NextLink prefetch={prefetch} onMouseEnter={onMouseEnter} onTouchStart={onTouchStart} onFocus={onFocus} {...props} />;
  const intent = () => {
    const target = sameOrigin(props.href);
    if (target) router.prefetch(target);
  };
  return (
    <NextLink
      prefetch={false}
      onMouseEnter={(e: MouseEvent<HTMLAnchorElement>) => {
        onMouseEnter?.(e);
        intent();
      }}
      onTouchStart={(e: TouchEvent<HTMLAnchorElement>) => {
        onTouchStart?.(e);
        intent();
      }}
      onFocus={(e: FocusEvent<HTMLAnchorElement>) => {
        onFocus?.(e);
        intent();
      }}
      {...props}
    />
  );
}
