import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor, can } from "@/server/auth";
import { activityFormOptions, getActivity } from "@/server/activities";
import { NotFoundError } from "@/domain/errors";
import { countryOptionsIn, toDateInput } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Alert } from "@/components/ui/alert";
import { ActivityForm } from "../../activity-form";
import { translationValues } from "@/lib/translations";
import { withClientMessages } from "@/i18n/client-messages";

type Params = { params: Promise<{ id: string }> };

async function load(id: string) {
  const actor = await requireActor();
  if (!can(actor, "activities.write")) notFound();
  try {
    const activity = await getActivity(actor, id);
    return { activity, options: await activityFormOptions(actor, activity.programmeId) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { activity } = await load((await params).id);
  return { title: (await getTranslations("activityDetail"))("editTitle", { title: activity.title }) };
}

async function EditActivityPage({ params }: Params) {
  const { activity, options } = await load((await params).id);
  const t = await getTranslations("activityDetail");
  const back = `/activities/${activity.id}`;
  return (
    <>
      <PageHeader title={t("editHeading")} description={activity.title} />
      {activity.programme.archived ? (
        <Alert tone="warning">
          {t("programmeArchived")} <Link href={back} className="font-medium underline">{t("back")}</Link>
        </Alert>
      ) : (
        <ActivityForm
          cancelHref={back}
          options={{ ...options, countries: countryOptionsIn(options.countries) }}
          initial={{
            id: activity.id,
            version: activity.version,
            programmeId: activity.programmeId,
            resultAreaId: activity.resultAreaId ?? "",
            title: activity.title,
            description: activity.description,
            language: activity.language,
            translations: translationValues(activity, ["title", "description"]),
            type: activity.type,
            level: activity.level,
            modality: activity.modality,
            status: activity.status,
            startDate: toDateInput(activity.startDate),
            endDate: toDateInput(activity.endDate),
            venueCity: activity.venueCity,
            venueCountryCode: activity.venueCountryCode ?? "",
            topics: activity.topics.join(", "),
            budgetAmount: activity.budgetAmount?.toString() ?? "",
            actualCost: activity.actualCost?.toString() ?? "",
            currency: activity.currency,
            targetNsbIds: activity.targetNsbs.map((t) => t.organization.id),
          }}
        />
      )}
    </>
  );
}

export default withClientMessages(["activityForm", "common", "enums", "forms", "validation"], EditActivityPage);
