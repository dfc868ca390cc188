import { beforeAll, describe, expect, it } from "vitest";
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces";
import { buildIatiActivities, buildIatiDocument } from "@/server/iati/export";
import { ForbiddenError, NotFoundError } from "@/domain/errors";
import { db } from "@/server/db";
import type { Actor } from "@/server/auth/actor";
import { programmeByCode, seedDemo, type DemoActors } from "../support/actors";
import { iatiSchemaDir, loadCodelist, validateIatiActivities } from "../support/iati";

let actors: DemoActors;
let cet: string, africa: string;
const org = new Map<string, string>();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const NOW = new Date("2026-11-22T09:30:00Z");

beforeAll(async () => {
  // Fail at once, and clearly, when xmllint or the schema folder is missing.
  iatiSchemaDir();
  actors = await seedDemo();
  cet = (await programmeByCode("CET-SEA")).id;
  africa = (await programmeByCode("AP-AFR-EAST")).id;
  for (const o of await db().organization.findMany()) org.set(o.acronym, o.id);
});

// ───────────── reading the XML back ─────────────

const parse = (xml: string) => create(xml).root();
const all = (node: XMLBuilder, name: string) => node.filter((n) => n.node.nodeName === name, false, true);
const children = (node: XMLBuilder, name: string) => node.filter((n) => n.node.nodeName === name, false, false);
const child = (node: XMLBuilder, name: string) => node.find((n) => n.node.nodeName === name, false, false);
const attr = (node: XMLBuilder | undefined, name: string) => (node?.node as unknown as Element | undefined)?.getAttribute(name) ?? null;
const text = (node: XMLBuilder | undefined) => node?.node.textContent?.trim() ?? "";

const activities = (xml: string) => all(parse(xml), "iati-activity");
const identifiers = (xml: string) => activities(xml).map((a) => text(child(a, "iati-identifier"))).sort();
const activityOf = (xml: string, code: string) => {
  const found = activities(xml).find((a) => text(child(a, "iati-identifier")).endsWith(`-${code}`));
  if (!found) throw new Error(`No activity for ${code}`);
  return found;
};
/** The indicator whose reference code is `code`. */
const indicatorOf = (activity: XMLBuilder, code: string) => {
  const found = all(activity, "indicator").find((i) => children(i, "reference").some((r) => attr(r, "code") === code));
  if (!found) throw new Error(`No indicator ${code}`);
  return found;
};
const periodOf = (indicator: XMLBuilder, start: string) => {
  const found = children(indicator, "period").find((p) => attr(child(p, "period-start"), "iso-date") === start);
  if (!found) throw new Error(`No period starting ${start}`);
  return found;
};
/** The actual values of a period: the total (no dimension) and by sex. */
const actuals = (period: XMLBuilder) => {
  const out: Record<string, string | null> = {};
  for (const actual of children(period, "actual")) {
    const dimension = child(actual, "dimension");
    out[dimension ? `${attr(dimension, "name")}=${attr(dimension, "value")}` : "total"] = attr(actual, "value");
  }
  return out;
};

const approvedSum = async (indicatorCode: string, start: string, end: string) => {
  const rows = await db().indicatorReport.findMany({
    where: { indicator: { code: indicatorCode }, status: "APPROVED", periodStart: { gte: day(start) }, periodEnd: { lte: day(end) } },
    select: { value: true },
  });
  return rows.reduce((sum, r) => sum + Number(r.value), 0);
};

describe("IATI export of the demo data", () => {
  it("validates against the IATI 2.03 activities schema (xmllint)", async () => {
    const xml = await buildIatiActivities(actors.staff, { now: NOW });
    const { valid, messages } = validateIatiActivities(xml);
    expect(messages).toMatch(/validates/);
    expect(valid, messages).toBe(true);
    expect(identifiers(xml)).toEqual(["XI-ISO-AP-AFR-EAST", "XI-ISO-CET-SEA"]);
    expect(attr(parse(xml), "version")).toBe("2.03");
    expect(attr(parse(xml), "generated-datetime")).toBe("2026-11-22T09:30:00Z");
  });

  it("refuses an invalid document: the validation really runs", () => {
    const { valid, messages } = validateIatiActivities('<?xml version="1.0"?><iati-activities version="2.03"><iati-activity/></iati-activities>');
    expect(valid).toBe(false);
    expect(messages).toMatch(/iati-identifier/);
  });

  it("starts every period before it ends, and gives every quantitative target and actual a numeric value", async () => {
    const xml = await buildIatiActivities(actors.staff, { now: NOW });
    const periods = all(parse(xml), "period");
    expect(periods.length).toBeGreaterThan(10);
    for (const period of periods) {
      const start = attr(child(period, "period-start"), "iso-date")!;
      const end = attr(child(period, "period-end"), "iso-date")!;
      expect(start < end, `${start} before ${end}`).toBe(true);
    }
    const indicators = all(parse(xml), "indicator");
    let counted = 0;
    for (const indicator of indicators) {
      if (attr(indicator, "measure") === "5") continue; // qualitative: no value
      for (const node of [...all(indicator, "actual"), ...all(indicator, "target"), ...all(indicator, "baseline")]) {
        const value = attr(node, "value");
        expect(value, `${node.node.nodeName} of ${text(child(child(indicator, "title")!, "narrative"))}`).not.toBeNull();
        expect(Number.isFinite(Number(value))).toBe(true);
        if (node.node.nodeName === "actual") counted += 1;
      }
    }
    expect(counted).toBeGreaterThan(0);
    // Budgets: at most a year each, within the programme's dates.
    for (const activity of activities(xml)) {
      const dates = Object.fromEntries(children(activity, "activity-date").map((d) => [attr(d, "type"), attr(d, "iso-date")]));
      for (const budget of children(activity, "budget")) {
        const start = attr(child(budget, "period-start"), "iso-date")!;
        const end = attr(child(budget, "period-end"), "iso-date")!;
        expect(start >= dates["1"]! && end <= dates["3"]! && start <= end).toBe(true);
        expect(day(end).getTime() - day(start).getTime()).toBeLessThan(366 * 86_400_000);
      }
    }
  });

  it("uses only codes from the IATI codelists", async () => {
    const xml = await buildIatiActivities(actors.staff, { now: NOW });
    const root = parse(xml);
    const check = (list: string, codes: (string | null)[]) => {
      const items = loadCodelist(list);
      expect(codes.length, `some ${list} codes`).toBeGreaterThan(0);
      for (const code of codes) expect(items.has(code ?? ""), `${code} in ${list}`).toBe(true);
    };
    check("Country", all(root, "recipient-country").map((n) => attr(n, "code")));
    check("Currency", [...all(root, "iati-activity").map((n) => attr(n, "default-currency")), ...all(root, "value").map((n) => attr(n, "currency"))]);
    check("ActivityStatus", all(root, "activity-status").map((n) => attr(n, "code")));
    check("ActivityDateType", all(root, "activity-date").map((n) => attr(n, "type")));
    check("ActivityScope", all(root, "activity-scope").map((n) => attr(n, "code")));
    check("OrganisationRole", all(root, "participating-org").map((n) => attr(n, "role")));
    check("OrganisationType", [...all(root, "reporting-org"), ...all(root, "participating-org").filter((n) => attr(n, "type"))].map((n) => attr(n, "type")));
    check("Sector", all(root, "sector").map((n) => attr(n, "code")));
    check("SectorVocabulary", all(root, "sector").map((n) => attr(n, "vocabulary")));
    check("CollaborationType", all(root, "collaboration-type").map((n) => attr(n, "code")));
    check("FlowType", all(root, "default-flow-type").map((n) => attr(n, "code")));
    check("FinanceType", all(root, "default-finance-type").map((n) => attr(n, "code")));
    check("AidType", all(root, "default-aid-type").map((n) => attr(n, "code")));
    check("BudgetType", all(root, "budget").map((n) => attr(n, "type")));
    check("BudgetStatus", all(root, "budget").map((n) => attr(n, "status")));
    check("ResultType", all(root, "result").map((n) => attr(n, "type")));
    check("IndicatorMeasure", all(root, "indicator").map((n) => attr(n, "measure")));
    check("IndicatorVocabulary", all(root, "indicator").flatMap((i) => children(i, "reference")).map((n) => attr(n, "vocabulary")));
    check("Language", all(root, "iati-activity").map((n) => attr(n, "xml:lang")));
  });

  it("describes the CET programme: organisations, status, dates, countries, sector and budget", async () => {
    const xml = await buildIatiActivities(actors.staff, { programmeId: cet, now: NOW });
    const activity = activityOf(xml, "CET-SEA");
    expect(identifiers(xml)).toEqual(["XI-ISO-CET-SEA"]);
    const reporting = child(activity, "reporting-org")!;
    expect([attr(reporting, "ref"), attr(reporting, "type")]).toEqual(["XI-ISO", "21"]);
    const orgs = children(activity, "participating-org").map((o) => [attr(o, "role"), text(child(o, "narrative"))]);
    expect(orgs).toEqual([
      ["1", "Department of Foreign Affairs and Trade"],
      ["4", "International Organization for Standardization"],
    ]);
    expect(children(activity, "description").map((d) => attr(d, "type"))).toEqual(["1", "2", "3"]);
    expect(text(children(activity, "description")[2])).toContain("Badan Standardisasi Nasional (BSN, Indonesia)");
    expect(attr(child(activity, "activity-status"), "code")).toBe("4"); // CLOSED
    expect(children(activity, "activity-date").map((d) => [attr(d, "type"), attr(d, "iso-date")])).toEqual([
      ["1", "2022-07-01"],
      ["2", "2022-07-01"],
      ["3", "2024-06-30"],
      ["4", "2024-06-30"],
    ]);
    expect(attr(child(activity, "activity-scope"), "code")).toBe("2");
    const countries = children(activity, "recipient-country");
    expect(countries.map((c) => attr(c, "code")).sort()).toEqual(["ID", "KH", "LA", "MY", "PH", "TH", "VN"]);
    expect(countries.reduce((sum, c) => sum + Math.round(Number(attr(c, "percentage")) * 100), 0)).toBe(10_000);
    expect([attr(child(activity, "sector"), "vocabulary"), attr(child(activity, "sector"), "code")]).toEqual(["1", "15144"]);
    const budgets = children(activity, "budget").map((b) => Number(text(child(b, "value"))));
    expect(budgets.reduce((a, b) => a + b, 0)).toBeCloseTo(850_000, 2);
    expect(children(activity, "budget").map((b) => attr(child(b, "value"), "currency"))).toEqual(["AUD", "AUD"]);
    // The results: indicators under their outcome or output, with baseline and targets.
    const cet4 = indicatorOf(activity, "CET-4");
    expect(attr(cet4.up(), "type")).toBe("2"); // O1 is an outcome
    expect(attr(indicatorOf(activity, "CET-1").up(), "type")).toBe("1"); // O1.1 is an output
    expect(attr(indicatorOf(activity, "CET-2"), "measure")).toBe("2");
    expect(attr(cet4, "ascending")).toBe("1");
    expect([attr(child(cet4, "baseline"), "year"), attr(child(cet4, "baseline"), "value")]).toEqual(["2022", "0"]);
    // CET-4 has per-NSB targets for the whole programme only: one period, their sum.
    expect(children(cet4, "period").map((p) => attr(child(p, "target"), "value"))).toEqual(["14"]);
  });

  it("publishes as an actual the sum of approved reports only", async () => {
    const xml = await buildIatiActivities(actors.staff, { programmeId: cet, now: NOW });
    const cet5 = indicatorOf(activityOf(xml, "CET-SEA"), "CET-5");
    // 2023 H2: every NSB's report is approved; 2024 H1: BSN's is returned and TISI's submitted.
    expect(await approvedSum("CET-5", "2023-07-01", "2023-12-31")).toBe(7);
    expect(await approvedSum("CET-5", "2024-01-01", "2024-06-30")).toBe(3);
    expect(actuals(periodOf(cet5, "2023-07-01"))).toEqual({ total: "7" });
    expect(actuals(periodOf(cet5, "2024-01-01"))).toEqual({ total: "3" });
    expect(attr(child(periodOf(cet5, "2024-01-01"), "target"), "value")).toBe("6");

    // A draft report does not count.
    const indicator = await db().indicator.findFirstOrThrow({ where: { code: "CET-5", programmeId: cet } });
    await db().indicatorReport.create({
      data: { indicatorId: indicator.id, periodStart: day("2023-07-01"), periodEnd: day("2023-12-31"), organizationId: org.get("BSN")!, value: 50, status: "DRAFT" },
    });
    const again = indicatorOf(activityOf(await buildIatiActivities(actors.staff, { programmeId: cet, now: NOW }), "CET-SEA"), "CET-5");
    expect(actuals(periodOf(again, "2023-07-01"))).toEqual({ total: "7" });
  });

  it("publishes a computed indicator's value for each ended period: distinct people trained, by sex", async () => {
    const xml = await buildIatiActivities(actors.staff, { programmeId: cet, now: NOW });
    const cet1 = indicatorOf(activityOf(xml, "CET-SEA"), "CET-1");
    const periods = children(cet1, "period");
    expect(periods).toHaveLength(4);
    let withPeople = 0;
    for (const period of periods) {
      const start = attr(child(period, "period-start"), "iso-date")!;
      const end = attr(child(period, "period-end"), "iso-date")!;
      // Independently: distinct non-trainer people who attended (fully or partly) a CET activity starting in the period.
      const rows = await db().participation.findMany({
        where: { role: { not: "TRAINER" }, attendance: { in: ["ATTENDED", "PARTIAL"] }, activity: { programmeId: cet, startDate: { gte: day(start), lte: day(end) } } },
        select: { participantId: true, participant: { select: { sex: true } } },
      });
      const people = new Map(rows.map((r) => [r.participantId, r.participant.sex]));
      const count = (sex: string) => [...people.values()].filter((s) => s === sex).length;
      const expected: Record<string, string> = { total: String(people.size), "sex=female": String(count("FEMALE")), "sex=male": String(count("MALE")) };
      if (count("OTHER") > 0) expected["sex=other"] = String(count("OTHER"));
      expect(actuals(period), `${start} to ${end}`).toEqual(expected);
      if (people.size > 0) withPeople += 1;
    }
    expect(withPeople).toBeGreaterThan(0);
    // A share (percentage) is not split by sex.
    const cet2 = indicatorOf(activityOf(xml, "CET-SEA"), "CET-2");
    expect(all(cet2, "dimension")).toHaveLength(0);
  });

  it("publishes no actuals in a focal point's file (a focal point sees only its own NSB's figures)", async () => {
    const xml = await buildIatiActivities(actors.focalBsn, { programmeId: cet, now: NOW });
    expect(validateIatiActivities(xml).valid).toBe(true);
    expect(all(parse(xml), "actual")).toHaveLength(0);
    expect(all(parse(xml), "target").length).toBeGreaterThan(0);
    // A donor gets the programme's figures (aggregates, no names).
    const donor = await buildIatiActivities(actors.donorDfat, { programmeId: cet, now: NOW });
    expect(all(parse(donor), "actual").length).toBeGreaterThan(0);
    expect(donor).not.toMatch(/fullName|@example/);
  });

  it("omits an actual where no value is approved", async () => {
    const xml = await buildIatiActivities(actors.staff, { programmeId: africa, now: NOW });
    const afr3 = indicatorOf(activityOf(xml, "AP-AFR-EAST"), "AFR-3");
    // 2026 H1: RSB's report is a draft, the others approved; 2026 H2: nothing reported yet.
    expect(actuals(periodOf(afr3, "2026-01-01"))).toEqual({ total: String(await approvedSum("AFR-3", "2026-01-01", "2026-06-30")) });
    expect(children(periodOf(afr3, "2026-07-01"), "actual")).toHaveLength(0);
    expect(attr(child(periodOf(afr3, "2026-07-01"), "target"), "value")).toBe("3");
  });

  it("disaggregates actuals by sex where the approved reports give women and men", async () => {
    const area = await db().resultArea.findFirstOrThrow({ where: { code: "O1.1", actionPlan: { startYear: 2021 } } });
    const indicator = await db().indicator.create({
      data: {
        programmeId: cet,
        resultAreaId: area.id,
        code: "IATI-SEX",
        title: "Trainers certified",
        unit: "COUNT",
        disaggregateBySex: true,
        disaggregateByNsb: true,
        targets: { create: [{ periodStart: day("2023-01-01"), periodEnd: day("2023-06-30"), targetValue: 12 }] },
      },
    });
    const base = { indicatorId: indicator.id, periodStart: day("2023-01-01"), periodEnd: day("2023-06-30") };
    await db().indicatorReport.createMany({
      data: [
        { ...base, organizationId: org.get("BSN")!, value: 10, valueFemale: 6, valueMale: 4, status: "APPROVED" },
        { ...base, organizationId: org.get("TISI")!, value: 5, valueFemale: 2, valueMale: 2, valueOther: 1, status: "APPROVED" },
        { ...base, organizationId: org.get("DSM")!, value: 100, valueFemale: 50, valueMale: 50, status: "SUBMITTED" },
      ],
    });
    const xml = await buildIatiActivities(actors.staff, { programmeId: cet, now: NOW });
    expect(validateIatiActivities(xml).valid).toBe(true);
    const period = periodOf(indicatorOf(activityOf(xml, "CET-SEA"), "IATI-SEX"), "2023-01-01");
    expect(actuals(period)).toEqual({ total: "15", "sex=female": "8", "sex=male": "6", "sex=other": "1" });
    expect(attr(child(period, "target"), "value")).toBe("12");
  });

  it("escapes hostile text and still validates", async () => {
    const africaRow = await db().programme.findUniqueOrThrow({ where: { id: africa } });
    await db().programme.update({ where: { id: africa }, data: { title: '<script>alert("x")</script> & <b>bold</b>\u0007', summary: "]]> <!-- -->" } });
    try {
      const xml = await buildIatiActivities(actors.staff, { programmeId: africa, now: NOW });
      expect(validateIatiActivities(xml).valid).toBe(true);
      expect(xml).not.toContain("<script>");
      expect(text(child(child(activityOf(xml, "AP-AFR-EAST"), "title")!, "narrative"))).toBe('<script>alert("x")</script> & <b>bold</b>');
    } finally {
      await db().programme.update({ where: { id: africa }, data: { title: africaRow.title, summary: africaRow.summary } });
    }
  });

  it("writes a programme's French title and summary as narratives of their own, and still validates", async () => {
    const titleFr = "Programme régional de normalisation pour l'Afrique de l'Est";
    const summaryFr = "Renforcer les organismes nationaux de normalisation.";
    await db().programme.update({ where: { id: africa }, data: { titleFr, summaryFr } });
    try {
      const xml = await buildIatiActivities(actors.staff, { programmeId: africa, now: NOW });
      const { valid, messages } = validateIatiActivities(xml);
      expect(valid, messages).toBe(true);
      const activity = activityOf(xml, "AP-AFR-EAST");
      const titles = children(child(activity, "title")!, "narrative");
      expect(titles.map((n) => [attr(n, "xml:lang"), text(n)])).toEqual([
        [null, (await db().programme.findUniqueOrThrow({ where: { id: africa } })).title],
        ["fr", titleFr],
      ]);
      const general = children(activity, "description").find((d) => attr(d, "type") === "1")!;
      expect(children(general, "narrative").map((n) => attr(n, "xml:lang"))).toEqual([null, "fr"]);
      expect(text(children(general, "narrative")[1])).toBe(summaryFr);
      // No Spanish given: no Spanish narrative, and the activity's own language stays English.
      expect(xml).not.toContain('xml:lang="es"');
      expect(attr(activity, "xml:lang")).toBe("en");
    } finally {
      await db().programme.update({ where: { id: africa }, data: { titleFr: "", summaryFr: "" } });
    }
  });
});

describe("IATI export scope", () => {
  it("gives a donor only the programmes it funds, and a focal point only its NSB's", async () => {
    expect(identifiers(await buildIatiActivities(actors.donorDfat, { now: NOW }))).toEqual(["XI-ISO-CET-SEA"]);
    expect(identifiers(await buildIatiActivities(actors.donorSida, { now: NOW }))).toEqual(["XI-ISO-AP-AFR-EAST"]);
    expect(identifiers(await buildIatiActivities(actors.focalBsn, { now: NOW }))).toEqual(["XI-ISO-CET-SEA"]);
    const file = await buildIatiDocument(actors.donorDfat, { programmeId: cet, now: NOW });
    expect([file.fileName, file.count]).toEqual(["iati-CET-SEA.xml", 1]);
    expect((await buildIatiDocument(actors.staff, { now: NOW })).fileName).toBe("iati-activities-2026-11-22.xml");
  });

  it("answers not found for a programme outside the caller's scope, or an unknown one", async () => {
    await expect(buildIatiActivities(actors.donorSida, { programmeId: cet })).rejects.toBeInstanceOf(NotFoundError);
    await expect(buildIatiActivities(actors.donorDfat, { programmeId: africa })).rejects.toBeInstanceOf(NotFoundError);
    await expect(buildIatiActivities(actors.focalBsn, { programmeId: africa })).rejects.toBeInstanceOf(NotFoundError);
    await expect(buildIatiActivities(actors.staff, { programmeId: "no-such-programme" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("answers not found when the caller sees no programme at all (an IATI file needs one)", async () => {
    const itcViewer: Actor = { ...actors.donorDfat, id: "itc-viewer", organizationId: org.get("ITC")! };
    await expect(buildIatiActivities(itcViewer)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a role without programme access", async () => {
    const stranger = { ...actors.staff, role: "NOBODY" } as unknown as Actor;
    await expect(buildIatiActivities(stranger)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
