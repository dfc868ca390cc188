import { getTranslations } from "next-intl/server";

/** A CSS string literal: quotes and backslashes escaped, "<" written as an escape so the text cannot close the <style>. */
const cssString = (text: string) => `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/[\r\n]+/g, " ").replace(/</g, "\\3C ")}"`;

/**
 * The report's title and date at the top of every printed page and "Page n of m" at the
 * bottom, as @page margin boxes: Chromium prints them (since version 131), both when a
 * user prints or saves as PDF and in Playwright's page.pdf, with the page counters
 * filled in. A per-report <style>, since the title is the report's own. Browsers without
 * margin boxes print the report without them (the title and date still head page 1).
 */
export async function PrintRunningHeader({ title, date }: { title: string; date: string }) {
  const t = await getTranslations("dashboards.report");
  const PAGE = "\u0001";
  const PAGES = "\u0002";
  // "Page {page} of {pages}" in the user's language, its placeholders as CSS counters.
  const pageOf = t("pageOf", { page: PAGE, pages: PAGES })
    .split(/(\u0001|\u0002)/)
    .filter(Boolean)
    .map((part) => (part === PAGE ? "counter(page)" : part === PAGES ? "counter(pages)" : cssString(part)))
    .join(" ");
  const box = "font-family: system-ui, sans-serif; font-size: 8.5pt; color: #334155;";
  const css = `@media print { @page { @top-left { content: ${cssString(title)}; ${box} } @top-right { content: ${cssString(date)}; ${box} } @bottom-right { content: ${pageOf}; ${box} } } }`;
  return <style data-testid="print-running-header">{css}</style>;
}
