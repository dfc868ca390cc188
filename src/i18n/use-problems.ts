"use client";

import { useMemo } from "react";
import { useMessages } from "next-intl";
import english from "../../messages/en/validation.json";
import { problemTranslator } from "./problems";

/**
 * For a client form's own checks: the schema's English problems in the page's language.
 * The English sentences ship with the code; the page's come with its messages ("validation").
 */
export function useProblemTranslator(): (message: string) => string {
  const messages = useMessages();
  const own = messages.validation as Record<string, string> | undefined;
  return useMemo(() => problemTranslator(english.validation, own), [own]);
}
