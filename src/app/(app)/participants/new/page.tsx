import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { choosesNsb, requireActor, can } from "@/server/auth";
import { participantNsbOptions } from "@/server/participants";
import { countryOptions } from "@/server/organizations";
import { countryOptionsIn } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ParticipantForm } from "../participant-form";
import { createParticipantAction } from "../actions";
import { withClientMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants"))("new") };
}

async function NewParticipantPage() {
  const actor = await requireActor();
  if (!can(actor, "participants.write")) notFound();
  const [t, nsbs, countries] = await Promise.all([getTranslations("participants"), participantNsbOptions(actor), countryOptions(actor)]);
  return (
    <>
      <PageHeader title={t("new")} />
      <Card>
        <ParticipantForm action={createParticipantAction} nsbs={nsbs} countries={countryOptionsIn(countries)} chooseNsb={choosesNsb(actor)} />
      </Card>
    </>
  );
}

export default withClientMessages(["common", "enums", "forms", "participants", "validation"], NewParticipantPage);
