import { describe, expect, it } from "vitest";
import { attendanceGridSchema } from "./schema";
import { gridControlName, nativeToEdited, parseControlName, postedEdits, rowStamp, valuesStamp, type GridValues } from "./grid-form";

const stored: GridValues = {
  attendance: "ATTENDED", role: "PARTICIPANT", completed: true, preTestScore: "40", postTestScore: "", satisfaction: "4",
  feedback: "", testimonial: "", consentToQuote: false,
};

/** What a browser posts for rows shown with `shown` values and left as they were, before `change` is applied to it. */
function posted(rows: { id: string; version: number; shown: GridValues }[], change: (form: Record<string, string | string[]>) => void = () => {}) {
  const form: Record<string, string | string[]> = { activityId: "act1", r: rows.map((row) => rowStamp(row.id, row.version, row.shown)) };
  rows.forEach(({ shown }, index) => {
    for (const [field, value] of Object.entries(shown) as [keyof GridValues, string | boolean][]) {
      // An unchecked box is not posted; nor are the feedback boxes of a row without feedback (not rendered).
      if (value === false || ((field === "feedback" || field === "testimonial") && !shown.feedback && !shown.testimonial && !shown.consentToQuote)) continue;
      form[gridControlName(field, index)] = value === true ? "on" : value;
    }
  });
  change(form);
  return form;
}

describe("the grid submitted by the browser itself", () => {
  it("names each control by its field's letter and its row, and reads such names back", () => {
    expect(gridControlName("postTestScore", 3)).toBe("q3");
    expect(parseControlName("q3")).toEqual({ field: "postTestScore", index: 3 });
    expect(parseControlName("activityId")).toBeNull();
    expect(parseControlName("r")).toBeNull();
  });

  it("sends on no row the user left as it was shown", () => {
    const form = posted([{ id: "p1", version: 2, shown: stored }, { id: "p2", version: 5, shown: { ...stored, completed: false, feedback: "Good", consentToQuote: true } }]);
    expect(postedEdits(form)).toEqual([]);
    expect(attendanceGridSchema.parse(form)).toEqual({ activityId: "act1", rows: [] });
  });

  it("sends on a changed row with all its values, at the version the page showed", () => {
    const form = posted([{ id: "p1", version: 2, shown: stored }, { id: "p2", version: 7, shown: stored }], (f) => {
      f.q1 = "88";
      delete f.c1;
    });
    const { rows } = attendanceGridSchema.parse(form);
    expect(rows).toEqual([
      { participationId: "p2", version: 7, attendance: "ATTENDED", role: "PARTICIPANT", completed: false, preTestScore: 40, postTestScore: 88, satisfaction: 4, feedback: "", testimonial: "", consentToQuote: false },
    ]);
  });

  it("keeps a row's feedback when its boxes were not rendered, and compares text boxes' CRLF line breaks as LF", () => {
    const withFeedback = { ...stored, feedback: "Line one\nline two" };
    const form = posted([{ id: "p1", version: 1, shown: withFeedback }], (f) => {
      f.f0 = "Line one\r\nline two";
    });
    expect(postedEdits(form)).toEqual([]);
    const typed = posted([{ id: "p1", version: 1, shown: stored }], (f) => {
      f.s0 = "5";
    });
    expect(attendanceGridSchema.parse(typed).rows[0]).toMatchObject({ satisfaction: 5, feedback: "", testimonial: "", consentToQuote: false });
  });

  it("answers field errors keyed by field and participation, as the script's saves are", () => {
    const form = posted([{ id: "p1", version: 1, shown: stored }], (f) => {
      f.q0 = "150";
    });
    const result = attendanceGridSchema.safeParse(form);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path[0])).toEqual(["postTestScore.p1"]);
  });

  it("leaves the script's own form (edited rows, keyed by participation) as it is", () => {
    const form = { activityId: "act1", "row[]": ["p1"], "version.p1": "3", "attendance.p1": "NO_SHOW", "role.p1": "PARTICIPANT" };
    expect(nativeToEdited(form)).toBe(form);
  });

  it("stamps different values differently", () => {
    expect(valuesStamp(stored)).not.toBe(valuesStamp({ ...stored, completed: false }));
    expect(valuesStamp(stored)).not.toBe(valuesStamp({ ...stored, preTestScore: "4", postTestScore: "0" }));
  });
});
