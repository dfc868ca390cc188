import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { activityFormOptions, activityProgrammeChoices } from "@/server/activities";
import { NotFoundError } from "@/domain/errors";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { EmptyState } from "@/components/ui/empty-state";
import { ActivityForm } from "../activity-form";
import { withClientMessages } from "@/i18n/client-messages";
import { countryOptionsIn } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activityDetail"))("newTitle") };
}

async function NewActivityPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!can(actor, "activities.write")) notFound();
  const t = await getTranslations("activityDetail");
  const raw = (await searchParams).programmeId;
  const programmeId = typeof raw === "string" && raw.length <= 40 ? raw : "";

  if (!programmeId) {
    // First step: which programme the activity belongs to (it decides the NSBs and results offered).
    const programmes = await activityProgrammeChoices(actor);
    return (
      <>
        <PageHeader title={t("newTitle")} description={t("chooseProgrammeHelp")} />
        {programmes.length === 0 ? (
          <EmptyState title={t("noProgrammes")} />
        ) : (
          <form method="get" className="max-w-xl space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <Field label={t("programme")} name="programmeId">
              {(p) => (
                <select {...p} required defaultValue="">
                  <option value="" disabled>{t("chooseProgramme")}</option>
                  {programmes.map((pr) => (
                    <option key={pr.id} value={pr.id}>{pr.code} · {pr.title}</option>
                  ))}
                </select>
              )}
            </Field>
            <Button type="submit">{t("continue")}</Button>
          </form>
        )}
      </>
    );
  }

  let options;
  try {
    options = await activityFormOptions(actor, programmeId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const back = `/programmes/${options.programme.id}`;
  return (
    <>
      <PageHeader title={t("newTitle")} description={`${options.programme.code} · ${options.programme.title}`} />
      {options.programme.archived ? (
        <Alert tone="warning">
          {t("programmeArchived")} <Link href={back} className="font-medium underline">{t("back")}</Link>
        </Alert>
      ) : (
        <ActivityForm
          cancelHref={back}
          options={{ ...options, countries: countryOptionsIn(options.countries) }}
          initial={{
            programmeId: options.programme.id,
            resultAreaId: "",
            title: "",
            description: "",
            type: "TRAINING",
            level: "REGIONAL",
            modality: "ONLINE",
            status: "PLANNED",
            startDate: "",
            endDate: "",
            venueCity: "",
            venueCountryCode: "",
            topics: "",
            budgetAmount: "",
            actualCost: "",
            currency: options.programme.currency,
            targetNsbIds: [],
          }}
        />
      )}
    </>
  );
}

export default withClientMessages(["activityForm", "common", "enums", "forms", "validation"], NewActivityPage);
