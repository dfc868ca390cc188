import { afterEach, describe, expect, it } from "vitest";
import { setLocaleSource } from "@/i18n/current-locale";
import { displayCell, indicatorTables, programmeTables, type DashboardTable, type Translate } from "./tables";
import type { IndicatorProgress, ProgrammeDashboard } from "./types";

const t: Translate = (key) => key;

const dashboard: ProgrammeDashboard = {
  programmes: [{ id: "p1", code: "CET-SEA", title: "CET" }],
  activitiesByStatus: { PLANNED: 1, ONGOING: 0, COMPLETED: 4, CANCELLED: 1 },
  activities: 6,
  reach: { people: 120, participations: 150, women: 60, womenShare: 50 },
  nsbsReached: 7,
  satisfaction: { average: 4.25, responses: 80 },
  knowledgeGain: { average: 12.5, tested: 40 },
  money: [{ currency: "CHF", programmeBudget: 850000, activityBudget: 1000.5, actualCost: 368000, costedActivities: 4 }],
  byNsb: [],
  byCountry: [],
  byProgramme: [],
  timeline: [{ month: "2022-07", planned: 1, ongoing: 0, completed: 0, cancelled: 0, participations: 25 }],
};

const indicator: IndicatorProgress = {
  id: "i1",
  code: "CET-1",
  title: "People trained",
  programmeCode: "CET-SEA",
  unit: "COUNT",
  currency: null,
  source: "MANUAL",
  baseline: 0,
  target: 300,
  actual: 120,
  progress: 40,
  periods: [{ periodStart: "2022-07-01", periodEnd: "2022-12-31", target: 100, actual: 120 }],
};

const table = (tables: DashboardTable[], key: string) => tables.find((x) => x.key === key)!;
const shown = (x: DashboardTable) => x.rows.map((row) => row.map((_, c) => displayCell(x, row, c)));

describe("dashboard tables: the screen and the export", () => {
  it("keep ISO dates for the export and show them as the app writes dates", () => {
    const periods = table(indicatorTables([indicator], t), "indicatorPeriods");
    expect(periods.rows).toEqual([["CET-1", "2022-07-01", "2022-12-31", 100, 120]]);
    expect(shown(periods)).toEqual([["CET-1", "1 Jul 2022", "31 Dec 2022", "100", "120"]]);
  });

  it("keep the month key for the export and show the month by name", () => {
    const timeline = table(programmeTables(dashboard, t), "timeline");
    expect(timeline.rows[0]![0]).toBe("2022-07");
    expect(shown(timeline)[0]).toEqual(["Jul 2022", "1", "0", "0", "0", "25"]);
  });

  it("keep plain numbers for the export and show amounts with their cents", () => {
    const money = table(programmeTables(dashboard, t), "money");
    expect(money.rows).toEqual([["CHF", 850000, 1000.5, 368000, 4]]);
    expect(shown(money)).toEqual([["CHF", "850,000", "1,000.50", "368,000", "4"]]);
  });

  describe("in French", () => {
    afterEach(() => setLocaleSource(() => undefined));
    const withCountries: ProgrammeDashboard = {
      ...dashboard,
      byNsb: [{ key: "o1", label: "BSN", detail: "Indonesia", detailCountry: "ID", activitiesTargeted: 3, people: 10, participations: 12, women: 5, womenShare: 50 }],
      byCountry: [
        { key: "DE", label: "Germany", people: 4, participations: 4, women: 2, womenShare: 50 },
        { key: "", label: "", people: 1, participations: 1, women: 0, womenShare: 0 },
      ],
    };

    it("name countries in the reader's language, on screen and in the export alike", () => {
      setLocaleSource(() => "fr");
      expect(table(programmeTables(withCountries, t), "nsb").rows[0]!.slice(0, 2)).toEqual(["BSN", "Indonésie"]);
      expect(table(programmeTables(withCountries, t), "country").rows.map((row) => row[0])).toEqual(["Allemagne", "dashboards.notGiven"]);
    });

    it("keep the stored names in English", () => {
      expect(table(programmeTables(withCountries, t), "country").rows[0]![0]).toBe("Germany");
      expect(table(programmeTables(withCountries, t), "nsb").rows[0]![1]).toBe("Indonesia");
    });
  });

  it("show an empty cell as a dash", () => {
    const x: DashboardTable = { key: "k", title: "T", headers: ["A", "B"], rows: [[null, 1234.5]] };
    expect(shown(x)).toEqual([["—", "1,234.5"]]);
  });
});
