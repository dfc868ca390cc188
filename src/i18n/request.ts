import { getRequestConfig } from "next-intl/server";

// English only for now; French and Spanish catalogs will sit beside messages/en/.
export const defaultLocale = "en";

// One file per feature area, merged into one catalog (each file holds its own top-level keys).
const catalogs = ["core", "admin", "framework", "participants", "programmes-manage", "organizations", "evidence", "reports", "dashboards", "imports", "iati"] as const;

async function loadMessages(locale: string) {
  const parts = await Promise.all(catalogs.map(async (name) => (await import(`../../messages/${locale}/${name}.json`)).default));
  return Object.assign({}, ...parts) as Record<string, unknown>;
}

export default getRequestConfig(async () => {
  const locale = defaultLocale;
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
