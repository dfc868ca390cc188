import type { Metadata } from "next";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { choosesNsb, requireActor, can } from "@/server/auth";
import { findLikelyDuplicates, getParticipant, participantNsbOptions } from "@/server/participants";
import { countryOptions } from "@/server/organizations";
import { NotFoundError } from "@/domain/errors";
import { countryOptionsIn, formatDate } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { SectionTable } from "@/components/lists/section-table";
import { ParticipantForm } from "../participant-form";
import { updateParticipantAction } from "../actions";
import { MergeForm } from "./merge-form";
import { PrivacyCard } from "./privacy-card";
import { withClientMessages } from "@/i18n/client-messages";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

async function load(id: string) {
  const actor = await requireActor();
  if (!can(actor, "participants.read")) notFound();
  try {
    return { actor, participant: await getParticipant(actor, id) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).participant.fullName };
}

async function ParticipantPage({ params, searchParams }: Props) {
  const { actor, participant } = await load((await params).id);
  const query = await searchParams;
  const t = await getTranslations();
  const erased = participant.erasedAt !== null;
  const canWrite = can(actor, "participants.write") && !erased;
  const [nsbs, countries, duplicates] = canWrite
    ? await Promise.all([participantNsbOptions(actor), countryOptions(actor), findLikelyDuplicates(actor, participant, participant.id)])
    : [[], [], []];
  return (
    <>
      <PageHeader title={participant.fullName} description={`${participant.organization.acronym}${participant.organizationName ? ` · ${participant.organizationName}` : ""}`} />
      {query.saved ? <div className="mb-4"><Alert tone="success">{t("participants.created")}</Alert></div> : null}
      {query.merged ? <div className="mb-4"><Alert tone="success">{t("participants.mergedDone")}</Alert></div> : null}
      {query.erased ? <div className="mb-4"><Alert tone="success">{t("participants.erasedDone")}</Alert></div> : null}
      {participant.erasedAt ? <div className="mb-4"><Alert tone="info">{t("participants.erased", { date: formatDate(participant.erasedAt) })}</Alert></div> : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("participants.details")} className="lg:col-span-2">
          {canWrite ? (
            <ParticipantForm
              action={updateParticipantAction}
              participant={{ ...participant, id: participant.id, version: participant.version }}
              nsbs={nsbs}
              countries={countryOptionsIn(countries)}
              chooseNsb={choosesNsb(actor)}
            />
          ) : null}
        </Card>
        <div className="space-y-6">
          {can(actor, "participants.erase") ? (
            <Card title={t("participants.privacy")}>
              <PrivacyCard id={participant.id} version={participant.version} name={participant.fullName} erased={erased} />
            </Card>
          ) : null}
          {erased ? null : <DuplicatesCard participant={participant} duplicates={duplicates} />}
        </div>
      </div>
      <ParticipationsSection participations={participant.participations} />
    </>
  );
}

type Participant = Awaited<ReturnType<typeof getParticipant>>;

/** Likely duplicates of this person, each with the merge form. */
async function DuplicatesCard({ participant, duplicates }: { participant: Participant; duplicates: Awaited<ReturnType<typeof findLikelyDuplicates>> }) {
  const t = await getTranslations();
  return (
    <Card title={t("participants.likelyDuplicates")}>
      {duplicates.length === 0 ? (
        <p className="text-sm text-slate-600">{t("participants.noDuplicates")}</p>
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-600">{t("participants.keepHint")}</p>
          <ul className="space-y-3 text-sm" data-testid="likely-duplicates">
            {duplicates.map((d) => (
              <li key={d.id} className="space-y-1">
                <Link href={`/participants/${d.id}`} className="font-medium text-brand-700 hover:underline">{d.fullName}</Link>
                <p className="text-slate-600">{[d.email, d.organizationName || d.organization.acronym].filter(Boolean).join(" · ")}</p>
                <p className="text-slate-600">
                  {t("participants.duplicateSummary", {
                    sex: t(`enums.sex.${d.sex}`),
                    ageBand: t(`enums.ageBand.${d.ageBand}`),
                    group: t(`enums.stakeholderGroup.${d.stakeholderGroup}`),
                    count: d._count.participations,
                  })}
                </p>
                <MergeForm current={{ id: participant.id, name: participant.fullName }} other={{ id: d.id, name: d.fullName }} />
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

/** The activities the person took part in, with attendance and scores. */
async function ParticipationsSection({ participations }: { participations: Participant["participations"] }) {
  const t = await getTranslations();
  return (
    <SectionTable
      title={t("participants.participations")}
      rows={participations}
      rowKey={(p) => p.id}
      empty={t("participants.noParticipations")}
      columns={[
        {
          label: t("activities.title"),
          cell: (p) => (
            <>
              <Link href={`/activities/${p.activity.id}/participants`} className="text-brand-700 hover:underline">{p.activity.title}</Link>
              <span className="ml-2 font-mono text-xs text-slate-500">{p.activity.programme.code}</span>
            </>
          ),
        },
        { label: t("activities.dates"), cellClassName: "whitespace-nowrap", cell: (p) => formatDate(p.activity.startDate) },
        { label: t("attendance.attendance"), cell: (p) => t(`enums.attendance.${p.attendance}`) },
        { label: t("attendance.role"), cell: (p) => t(`enums.participationRole.${p.role}`) },
        { label: t("attendance.preTest"), className: "text-right", cellClassName: "tabular-nums", cell: (p) => p.preTestScore ?? "—" },
        { label: t("attendance.postTest"), className: "text-right", cellClassName: "tabular-nums", cell: (p) => p.postTestScore ?? "—" },
        { label: t("attendance.satisfaction"), className: "text-right", cellClassName: "tabular-nums", cell: (p) => p.satisfaction ?? "—" },
      ]}
    />
  );
}

export default withClientMessages(["common", "enums", "forms", "participants", "validation"], ParticipantPage);
