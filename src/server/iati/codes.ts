import "server-only";
import type { IndicatorUnit, ProgrammeStatus, ResultLevel } from "@/generated/prisma/enums";

/*
 * The IATI 2.03 codes the export uses, each with the codelist it comes from (the files in
 * tests/fixtures/iati-2.03/codelists/). src/server/iati/codes.test.ts checks that every code
 * listed in IATI_CODES exists, and is not withdrawn, in its codelist file.
 */

/** The IATI version the export writes and the XSD it validates against. */
export const IATI_VERSION = "2.03";

/** The reporting organisation's name (its IATI ref comes from IATI_REPORTING_ORG_REF, src/env.ts). */
export const REPORTING_ORG_NAME = "International Organization for Standardization";

/**
 * OrganisationType 21 "International NGO": ISO is an independent, non-governmental
 * international organisation (an association under Swiss law whose members are national
 * standards bodies), not an intergovernmental body, so not 40 "Multilateral".
 */
export const REPORTING_ORG_TYPE = "21";

/** OrganisationRole: donors fund (1), ISO/CS implements (4). */
export const ORG_ROLE = { funding: "1", implementing: "4" } as const;

/**
 * ActivityStatus. A CLOSED programme has finished its activities and reports: 4 "Closed"
 * rather than 3 "Finalisation" (which means open pending financial sign-off or M&E).
 */
export const ACTIVITY_STATUS: Readonly<Record<ProgrammeStatus, string>> = {
  PLANNED: "1", // Pipeline/identification
  ACTIVE: "2", // Implementation
  CLOSED: "4", // Closed
};

/** ActivityDateType. */
export const ACTIVITY_DATE = { plannedStart: "1", actualStart: "2", plannedEnd: "3", actualEnd: "4" } as const;

/** ActivityScope: one country 4 "National", several in a named region 2 "Regional", otherwise 3 "Multi-national". */
export const ACTIVITY_SCOPE = { regional: "2", multiNational: "3", national: "4" } as const;

/**
 * Sector, vocabulary 1 (OECD DAC CRS 5-digit purpose codes): 15144 "National standards
 * development", "operation or support of institutions dealing with national standards
 * development": exactly what strengthening national standards bodies is. 33110 (trade
 * policy, TBT) and 32182 (technological R&D) only touch the programmes' themes.
 */
export const SECTOR = { vocabulary: "1", code: "15144", name: "National standards development" } as const;

/**
 * Defaults for every programme:
 * - CollaborationType 1 "Bilateral": a donor's earmarked contribution to a specific
 *   programme run by an international NGO is bilateral aid (not core, not multilateral);
 * - FlowType 10 "ODA": grants from development agencies (DFAT, Sida) to developing countries;
 * - FinanceType 110 "Standard grant";
 * - AidType C01 "Project-type interventions": a set of activities and outputs agreed with the
 *   partners, with objectives, a budget, a time frame and beneficiary countries (the
 *   codelist sends only technical assistance outside such a project to D02).
 */
export const DEFAULTS = { collaborationType: "1", flowType: "10", financeType: "110", aidType: "C01" } as const;

/** BudgetType 1 "Original", BudgetStatus 1 "Indicative" (the app holds the planned budget, not a binding commitment). */
export const BUDGET = { type: "1", status: "1" } as const;

/** ResultType by the level of the Action Plan result an indicator measures; 9 "Other" without one. */
export const RESULT_TYPE: Readonly<Record<ResultLevel, string>> & { none: string } = {
  OUTPUT: "1", // Output
  OUTCOME: "2", // Outcome
  GOAL: "3", // Impact
  none: "9", // Other
};

/**
 * IndicatorMeasure: counts and currency amounts 1 "Unit", percentages 2 "Percentage",
 * yes/no (1/0) 3 "Nominal" (a quantitative nominal scale, so every value is still a number).
 */
export const INDICATOR_MEASURE: Readonly<Record<IndicatorUnit, string>> = {
  COUNT: "1",
  CURRENCY: "1",
  PERCENT: "2",
  YES_NO: "3",
};

/** IndicatorVocabulary 99 "Reporting Organisation": the app's own indicator codes. */
export const INDICATOR_VOCABULARY = "99";

/**
 * DescriptionType (1 General, 2 Objectives, 3 Target Groups). Its codelist is not among the
 * files shipped in tests/fixtures/iati-2.03/codelists/, so codes.test.ts cannot check it; the
 * codes are those of IATI's embedded DescriptionType list.
 */
export const DESCRIPTION_TYPE = { general: "1", objectives: "2", targetGroups: "3" } as const;

/** Language of every narrative (Language codelist, ISO 639-1). */
export const LANGUAGE = "en";

/** Every code above, by the codelist file (without .xml) it must appear in. */
export const IATI_CODES: Readonly<Record<string, readonly string[]>> = {
  OrganisationType: [REPORTING_ORG_TYPE],
  OrganisationRole: Object.values(ORG_ROLE),
  ActivityStatus: Object.values(ACTIVITY_STATUS),
  ActivityDateType: Object.values(ACTIVITY_DATE),
  ActivityScope: Object.values(ACTIVITY_SCOPE),
  SectorVocabulary: [SECTOR.vocabulary],
  Sector: [SECTOR.code],
  CollaborationType: [DEFAULTS.collaborationType],
  FlowType: [DEFAULTS.flowType],
  FinanceType: [DEFAULTS.financeType],
  AidType: [DEFAULTS.aidType],
  BudgetType: [BUDGET.type],
  BudgetStatus: [BUDGET.status],
  ResultType: [RESULT_TYPE.OUTPUT, RESULT_TYPE.OUTCOME, RESULT_TYPE.GOAL, RESULT_TYPE.none],
  IndicatorMeasure: Object.values(INDICATOR_MEASURE),
  IndicatorVocabulary: [INDICATOR_VOCABULARY],
  Language: [LANGUAGE],
};
