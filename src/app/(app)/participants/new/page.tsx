import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth/session";
import { can } from "@/server/auth/permissions";
import { participantNsbOptions } from "@/server/participants/queries";
import { countryOptions } from "@/server/organizations/queries";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { ParticipantForm } from "../participant-form";
import { createParticipantAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("participants"))("new") };
}

export default async function NewParticipantPage() {
  const actor = await requireActor();
  if (!can(actor, "participants.write")) notFound();
  const [t, nsbs, countries] = await Promise.all([getTranslations("participants"), participantNsbOptions(actor), countryOptions(actor)]);
  return (
    <>
      <PageHeader title={t("new")} />
      <Card>
        <ParticipantForm action={createParticipantAction} nsbs={nsbs} countries={countries} chooseNsb={actor.role !== "FOCAL_POINT"} />
      </Card>
    </>
  );
}
