/* Plain values shared by the report pages (server) and the report form (client). */

/** A report as the form shows it: every value a string. */
export interface ReportFormValues {
  period: string;
  organizationId: string;
  value: string;
  valueFemale: string;
  valueMale: string;
  valueOther: string;
  narrative: string;
  evidenceLinks: string[];
}

export const EMPTY_REPORT: ReportFormValues = {
  period: "",
  organizationId: "",
  value: "",
  valueFemale: "",
  valueMale: "",
  valueOther: "",
  narrative: "",
  evidenceLinks: [],
};
