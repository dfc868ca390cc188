import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { getProgramme, programmeFormOptions } from "@/server/programmes";
import { NotFoundError } from "@/domain/errors";
import { countryOptionsIn, toDateInput } from "@/lib/format";
import { translationValues } from "@/lib/translations";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { ProgrammeForm } from "../../programme-form";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requireActor();
  if (!can(actor, "programmes.write")) notFound();
  try {
    return { actor, programme: await getProgramme(actor, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { programme } = await load((await params).id);
  return { title: (await getTranslations("programmeManage"))("editTitle", { code: programme.code }) };
}

async function EditProgrammePage({ params }: Params) {
  const { actor, programme } = await load((await params).id);
  const [t, options] = await Promise.all([getTranslations("programmeManage"), programmeFormOptions(actor, programme.id)]);
  const back = `/programmes/${programme.id}`;
  return (
    <>
      <PageHeader title={t("editTitle", { code: programme.code })} description={programme.title} />
      {programme.archived ? (
        <Alert tone="warning">
          {t("archivedNoEdit")} <Link href={back} className="font-medium underline">{t("backToProgramme")}</Link>
        </Alert>
      ) : (
        <ProgrammeForm
          cancelHref={back}
          options={{ ...options, countries: countryOptionsIn(options.countries) }}
          initial={{
            id: programme.id,
            version: programme.version,
            code: programme.code,
            title: programme.title,
            summary: programme.summary,
            objectives: programme.objectives,
            translations: translationValues(programme, ["title", "summary", "objectives"]),
            region: programme.region,
            startDate: toDateInput(programme.startDate),
            endDate: toDateInput(programme.endDate),
            status: programme.status,
            budgetAmount: programme.budgetAmount?.toString() ?? "",
            budgetCurrency: programme.budgetCurrency,
            nsbIds: programme.beneficiaries.map((b) => b.organizationId),
            fundings: programme.fundings.map((f) => ({ donorId: f.donorId, amount: f.amount.toString(), currency: f.currency })),
            resultAreaIds: programme.resultAreas.map((r) => r.resultAreaId),
          }}
        />
      )}
    </>
  );
}

export default withClientMessages(["common", "enums", "forms", "organizationForm", "programmeForm", "validation"], EditProgrammePage);
