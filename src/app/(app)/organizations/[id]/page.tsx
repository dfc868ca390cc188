import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth";
import { can } from "@/server/auth";
import { isStaff } from "@/server/auth";
import { getOrganizationProfile } from "@/server/organizations";
import { NotFoundError } from "@/domain/errors";
import { formatDate, formatMoney, formatNumber } from "@/lib/format";
import { PageHeader } from "@/components/ui/page-header";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ActivityStatusBadge, ProgrammeStatusBadge } from "@/components/programmes/status-badge";
import { HistoryPanel } from "@/components/audit/history-panel";
import { NsbDashboardFigures } from "@/components/dashboards/nsb-figures";
import { CapacityComparison } from "@/components/assessments/capacity-comparison";
import { ArchiveOrganizationForm } from "./archive-form";

type Params = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function load(id: string) {
  const actor = await requireActor();
  try {
    return { actor, ...(await getOrganizationProfile(actor, id)) };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Pick<Params, "params">): Promise<Metadata> {
  const { organization } = await load((await params).id);
  return { title: organization.acronym };
}

const SAVED = ["created", "updated", "archived"] as const;

export default async function OrganizationPage({ params, searchParams }: Params) {
  const { actor, organization, nsb, funded } = await load((await params).id);
  const saved = (await searchParams).saved;
  const t = await getTranslations();
  const mayWrite = can(actor, "organizations.write");
  const sexes = ["FEMALE", "MALE", "OTHER", "UNDISCLOSED"] as const;

  return (
    <>
      <PageHeader
        title={organization.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-medium">{organization.acronym}</span>
            <Badge tone="info">{t(`enums.organizationKind.${organization.kind}`)}</Badge>
            {organization.archived ? <Badge tone="warning">{t("organizations.archived")}</Badge> : null}
          </span>
        }
        actions={
          mayWrite && !organization.archived ? (
            <>
              <ButtonLink href={`/organizations/${organization.id}/edit`} variant="secondary">{t("nsbProfile.edit")}</ButtonLink>
              <ArchiveOrganizationForm id={organization.id} version={organization.version} name={organization.acronym} />
            </>
          ) : null
        }
      />
      {typeof saved === "string" && (SAVED as readonly string[]).includes(saved) ? (
        <div className="mb-4"><Alert tone="success" testId="saved">{t(`organizationForm.saved.${saved}`)}</Alert></div>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-3">
        <Card title={t("nsbProfile.details")}>
          <dl className="space-y-2 text-sm" data-testid="organization-details">
            <Row label={t("nsbProfile.country")}>{organization.country?.name ?? "—"}</Row>
            <Row label={t("nsbProfile.region")}>{organization.country ? `${organization.country.subRegion} (${organization.country.region})` : "—"}</Row>
            {organization.country ? (
              <Row label={t("nsbProfile.developmentStatus")}>{t(`enums.developmentStatus.${organization.country.developmentStatus}`)}</Row>
            ) : null}
            {organization.kind === "NSB" ? (
              <Row label={t("nsbProfile.membershipCategory")}>
                {organization.membershipCategory ? t(`enums.membershipCategory.${organization.membershipCategory}`) : "—"}
              </Row>
            ) : null}
            <Row label={t("nsbProfile.website")}>
              {organization.website ? (
                <a href={organization.website} className="break-all text-brand-700 hover:underline" rel="noopener noreferrer" target="_blank">
                  {organization.website}
                </a>
              ) : (
                "—"
              )}
            </Row>
          </dl>
        </Card>

        {nsb ? (
          <>
            <Card title={t("nsbProfile.participants")}>
              <p className="text-3xl font-semibold tabular-nums" data-testid="participants-total">{formatNumber(nsb.participants.total)}</p>
              <p className="mt-1 text-xs text-slate-600">{t("nsbProfile.participantsHint", { acronym: organization.acronym })}</p>
              <dl className="mt-3 grid grid-cols-2 gap-2 text-sm" data-testid="participants-by-sex">
                {sexes.map((sex) => (
                  <div key={sex} className="flex justify-between gap-2 rounded bg-slate-50 px-2 py-1">
                    <dt className="text-slate-600">{t(`enums.sex.${sex}`)}</dt>
                    <dd className="font-medium tabular-nums">{formatNumber(nsb.participants.bySex[sex])}</dd>
                  </div>
                ))}
              </dl>
            </Card>
            <Card title={t("nsbProfile.results")}>
              <dl className="space-y-2 text-sm">
                <Row label={t("nsbProfile.adoptions")}><span data-testid="adoptions">{formatNumber(nsb.adoptions)}</span></Row>
                <Row label={t("nsbProfile.committeeCount")}>{formatNumber(nsb.committeeRoles.length)}</Row>
                <Row label={t("nsbProfile.leadershipCount")}>
                  {formatNumber(nsb.committeeRoles.filter((r) => r.leadership !== "NONE").length)}
                </Row>
                <Row label={t("nsbProfile.approvedReportCount")}>{formatNumber(nsb.approvedReports.length)}</Row>
              </dl>
            </Card>
            {isStaff(actor) ? (
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
            ) : null}
          </>
        ) : null}
      </div>

      {nsb ? <NsbDashboardFigures actor={actor} nsbId={organization.id} acronym={organization.acronym} /> : null}
      {nsb ? <CapacityComparison actor={actor} nsbId={organization.id} by="programme" /> : null}

      {nsb ? (
        <>
          <Section title={t("nsbProfile.programmes")}>
            {nsb.programmes.length === 0 ? (
              <EmptyState title={t("nsbProfile.noProgrammes")} />
            ) : (
              <Table caption={t("nsbProfile.programmes")}>
                <thead>
                  <tr>
                    <Th>{t("nsbProfile.code")}</Th>
                    <Th>{t("nsbProfile.programme")}</Th>
                    <Th>{t("nsbProfile.period")}</Th>
                    <Th>{t("nsbProfile.status")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100" data-testid="nsb-programmes">
                  {nsb.programmes.map((p) => (
                    <tr key={p.id}>
                      <Td className="whitespace-nowrap font-mono text-xs">{p.code}</Td>
                      <Td><Link href={`/programmes/${p.id}`} className="font-medium text-brand-700 hover:underline">{p.title}</Link></Td>
                      <Td className="whitespace-nowrap">{formatDate(p.startDate)} – {formatDate(p.endDate)}</Td>
                      <Td><ProgrammeStatusBadge status={p.status} /></Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Section>

          <Section title={t("nsbProfile.activities", { acronym: organization.acronym })}>
            {nsb.activities.length === 0 ? (
              <EmptyState title={t("nsbProfile.noActivities")} />
            ) : (
              <Table caption={t("nsbProfile.activities", { acronym: organization.acronym })}>
                <thead>
                  <tr>
                    <Th>{t("nsbProfile.activity")}</Th>
                    <Th>{t("nsbProfile.programme")}</Th>
                    <Th>{t("nsbProfile.type")}</Th>
                    <Th>{t("nsbProfile.dates")}</Th>
                    <Th>{t("nsbProfile.status")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100" data-testid="nsb-activities">
                  {nsb.activities.map((a) => (
                    <tr key={a.id}>
                      <Td className="font-medium">{a.title}</Td>
                      <Td className="whitespace-nowrap font-mono text-xs">{a.programme.code}</Td>
                      <Td>{t(`enums.activityType.${a.type}`)}</Td>
                      <Td className="whitespace-nowrap">{formatDate(a.startDate)} – {formatDate(a.endDate)}</Td>
                      <Td><ActivityStatusBadge status={a.status} /></Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Section>

          <Section title={t("nsbProfile.committeeRoles")}>
            {nsb.committeeRoles.length === 0 ? (
              <EmptyState title={t("nsbProfile.noCommitteeRoles")} />
            ) : (
              <Table caption={t("nsbProfile.committeeRoles")}>
                <thead>
                  <tr>
                    <Th>{t("nsbProfile.committee")}</Th>
                    <Th>{t("nsbProfile.membership")}</Th>
                    <Th>{t("nsbProfile.leadership")}</Th>
                    <Th>{t("nsbProfile.since")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100" data-testid="committee-roles">
                  {nsb.committeeRoles.map((r) => (
                    <tr key={r.id}>
                      <Td className="font-medium">{r.committee}</Td>
                      <Td>{t(`enums.committeeMembership.${r.membership}`)}</Td>
                      <Td>{r.leadership === "NONE" ? "—" : t(`enums.leadership.${r.leadership}`)}</Td>
                      <Td className="whitespace-nowrap">
                        {formatDate(r.fromDate)}
                        {r.toDate ? ` – ${formatDate(r.toDate)}` : ""}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Section>

          <Section title={t("nsbProfile.approvedReports")}>
            {nsb.approvedReports.length === 0 ? (
              <EmptyState title={t("nsbProfile.noReports")} />
            ) : (
              <Table caption={t("nsbProfile.approvedReports")}>
                <thead>
                  <tr>
                    <Th>{t("nsbProfile.indicator")}</Th>
                    <Th>{t("nsbProfile.programme")}</Th>
                    <Th>{t("nsbProfile.period")}</Th>
                    <Th className="text-right">{t("nsbProfile.value")}</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100" data-testid="approved-reports">
                  {nsb.approvedReports.map((r) => (
                    <tr key={r.id}>
                      <Td>
                        <Link href={`/indicators/${r.indicator.id}`} className="text-brand-700 hover:underline">
                          <span className="font-mono text-xs">{r.indicator.code}</span> {r.indicator.title}
                        </Link>
                      </Td>
                      <Td className="whitespace-nowrap font-mono text-xs">{r.indicator.programme?.code ?? t("nsbProfile.planWide")}</Td>
                      <Td className="whitespace-nowrap">{formatDate(r.periodStart)} – {formatDate(r.periodEnd)}</Td>
                      <Td className="text-right tabular-nums">
                        {r.indicator.unit === "CURRENCY" && r.indicator.currency ? formatMoney(r.value, r.indicator.currency) : formatNumber(r.value)}
                        {r.indicator.unit === "PERCENT" && r.value != null ? " %" : ""}
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
          </Section>
        </>
      ) : null}

      {funded ? (
        <Section title={t("nsbProfile.funded")}>
          {funded.length === 0 ? (
            <EmptyState title={t("nsbProfile.noFunded")} />
          ) : (
            <Table caption={t("nsbProfile.funded")}>
              <thead>
                <tr>
                  <Th>{t("nsbProfile.code")}</Th>
                  <Th>{t("nsbProfile.programme")}</Th>
                  <Th>{t("nsbProfile.period")}</Th>
                  <Th>{t("nsbProfile.status")}</Th>
                  <Th className="text-right">{t("nsbProfile.amount")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100" data-testid="funded-programmes">
                {funded.map((p) => (
                  <tr key={p.id}>
                    <Td className="whitespace-nowrap font-mono text-xs">{p.code}</Td>
                    <Td><Link href={`/programmes/${p.id}`} className="font-medium text-brand-700 hover:underline">{p.title}</Link></Td>
                    <Td className="whitespace-nowrap">{formatDate(p.startDate)} – {formatDate(p.endDate)}</Td>
                    <Td><ProgrammeStatusBadge status={p.status} /></Td>
                    <Td className="text-right tabular-nums">{p.fundings.map((f) => formatMoney(f.amount, f.currency)).join(", ")}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Section>
      ) : null}

      <div className="mt-8">
        <HistoryPanel actor={actor} entityType="Organization" entityId={organization.id} />
      </div>
    </>
  );
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex justify-between gap-3">
      <dt className="text-slate-600">{label}</dt>
      <dd className="text-right font-medium">{children}</dd>
    </div>
  );
}

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="mt-8">
      <h2 className="mb-3 text-lg font-semibold">{title}</h2>
      {children}
    </section>
  );
}
