import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EvidenceImportPage } from "../../import-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("evidenceImport"))("committeesTitle") };
}

export default function ImportCommitteeRolesPage() {
  return <EvidenceImportPage register="committees" />;
}
