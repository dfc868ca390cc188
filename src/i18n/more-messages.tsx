"use client";

import { useMemo } from "react";
import { NextIntlClientProvider, useLocale, useMessages } from "next-intl";

/**
 * Adds namespaces to the messages client components below it read, keeping those an outer
 * provider gave (a plain nested NextIntlClientProvider would replace them). Rendered by
 * <ClientMessages> (client-messages.tsx), never directly.
 */
export function MoreMessages({ messages, children }: { messages: Record<string, unknown>; children: React.ReactNode }) {
  const outer = useMessages();
  const locale = useLocale();
  const merged = useMemo(() => ({ ...outer, ...messages }), [outer, messages]);
  return (
    <NextIntlClientProvider locale={locale} messages={merged}>
      {children}
    </NextIntlClientProvider>
  );
}
