import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { programmeFormOptions } from "@/server/programmes";
import { PageHeader } from "@/components/ui/page-header";
import { ProgrammeForm } from "../programme-form";
import { withClientMessages } from "@/i18n/client-messages";
import { countryOptionsIn } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("programmeManage"))("newTitle") };
}

async function NewProgrammePage() {
  const actor = await requireActor();
  if (!can(actor, "programmes.write")) notFound();
  const [t, options] = await Promise.all([getTranslations("programmeManage"), programmeFormOptions(actor)]);
  return (
    <>
      <PageHeader title={t("newTitle")} description={t("newDescription")} />
      <ProgrammeForm
        cancelHref="/programmes"
        options={{ ...options, countries: countryOptionsIn(options.countries) }}
        initial={{
          code: "",
          title: "",
          summary: "",
          objectives: "",
          region: "",
          startDate: "",
          endDate: "",
          status: "PLANNED",
          budgetAmount: "",
          budgetCurrency: "CHF",
          nsbIds: [],
          fundings: [],
          resultAreaIds: [],
        }}
      />
    </>
  );
}

export default withClientMessages(["common", "enums", "forms", "organizationForm", "programmeForm", "validation"], NewProgrammePage);
