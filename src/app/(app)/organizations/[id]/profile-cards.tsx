import { getTranslations } from "next-intl/server";
import type { getOrganizationProfile } from "@/server/organizations";
import { countryName, formatNumber } from "@/lib/format";
import { regionName } from "@/lib/regions";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { DetailRow } from "@/components/ui/detail-row";

type Profile = Awaited<ReturnType<typeof getOrganizationProfile>>;
type Nsb = NonNullable<Profile["nsb"]>;

const SEXES = ["FEMALE", "MALE", "OTHER", "UNDISCLOSED"] as const;

/** Country, region, membership and website. */
export async function DetailsCard({ organization }: { organization: Profile["organization"] }) {
  const t = await getTranslations();
  return (
    <Card title={t("nsbProfile.details")}>
      <dl className="space-y-2 text-sm" data-testid="organization-details">
        <DetailRow label={t("nsbProfile.country")}>{organization.country ? countryName(organization.country) : "—"}</DetailRow>
        <DetailRow label={t("nsbProfile.region")}>{organization.country ? `${regionName(organization.country.subRegion)} (${regionName(organization.country.region)})` : "—"}</DetailRow>
        {organization.country ? (
          <DetailRow label={t("nsbProfile.developmentStatus")}>{t(`enums.developmentStatus.${organization.country.developmentStatus}`)}</DetailRow>
        ) : null}
        {organization.kind === "NSB" ? (
          <DetailRow label={t("nsbProfile.membershipCategory")}>
            {organization.membershipCategory ? t(`enums.membershipCategory.${organization.membershipCategory}`) : "—"}
          </DetailRow>
        ) : null}
        <DetailRow label={t("nsbProfile.website")}>
          {organization.website ? (
            <a href={organization.website} className="break-all text-brand-700 hover:underline" rel="noopener noreferrer" target="_blank">
              {organization.website}
            </a>
          ) : (
            "—"
          )}
        </DetailRow>
      </dl>
    </Card>
  );
}

/** How many people of the NSB took part, by sex. */
export async function ParticipantsCard({ nsb, acronym }: { nsb: Nsb; acronym: string }) {
  const t = await getTranslations();
  return (
    <Card title={t("nsbProfile.participants")}>
      <p className="text-3xl font-semibold tabular-nums" data-testid="participants-total">{formatNumber(nsb.participants.total)}</p>
      <p className="mt-1 text-xs text-slate-600">{t("nsbProfile.participantsHint", { acronym: acronym })}</p>
      <dl className="mt-3 grid grid-cols-2 gap-2 text-sm" data-testid="participants-by-sex">
        {SEXES.map((sex) => (
          <div key={sex} className="flex justify-between gap-2 rounded bg-slate-50 px-2 py-1">
            <dt className="text-slate-600">{t(`enums.sex.${sex}`)}</dt>
            <dd className="font-medium tabular-nums">{formatNumber(nsb.participants.bySex[sex])}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

/** Adoptions, committee roles and approved reports, counted. */
export async function ResultsCard({ nsb }: { nsb: Nsb }) {
  const t = await getTranslations();
  return (
    <Card title={t("nsbProfile.results")}>
      <dl className="space-y-2 text-sm">
        <DetailRow label={t("nsbProfile.adoptions")}><span data-testid="adoptions">{formatNumber(nsb.adoptions)}</span></DetailRow>
        <DetailRow label={t("nsbProfile.committeeCount")}>{formatNumber(nsb.committeeRoles.length)}</DetailRow>
        <DetailRow label={t("nsbProfile.leadershipCount")}>
          {formatNumber(nsb.committeeRoles.filter((r) => r.leadership !== "NONE").length)}
        </DetailRow>
        <DetailRow label={t("nsbProfile.approvedReportCount")}>{formatNumber(nsb.approvedReports.length)}</DetailRow>
      </dl>
    </Card>
  );
}

/** The NSB's focal points (staff only). */
export async function FocalPointsCard({ nsb }: { nsb: Nsb }) {
  const t = await getTranslations();
  return (
    <Card title={t("nsbProfile.focalPoints")} className="lg:col-span-3">
      {nsb.focalPoints.length === 0 ? (
        <p className="text-sm text-slate-600">{t("nsbProfile.noFocalPoints")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="focal-points">
          {nsb.focalPoints.map((u) => (
            <li key={u.id} className="flex flex-wrap items-center justify-between gap-2 py-1.5">
              <span className="font-medium">{u.name}</span>
              <span className="flex items-center gap-2">
                <a href={`mailto:${u.email}`} className="text-brand-700 hover:underline">{u.email}</a>
                {u.active ? null : <Badge>{t("nsbProfile.inactive")}</Badge>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
