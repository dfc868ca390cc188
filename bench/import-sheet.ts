/** The benchmark's sheet: fictional people with unique emails on the reserved example.test domain. */
export const ROWS = 50_000;

const FIRST = ["Ayu", "Budi", "Dewi", "Eko", "Fajar", "Intan", "Putri", "Rizky", "Siti", "Wulan", "Agus", "Ratna", "Hendra", "Nguyễn Thị", "José"];
const LAST = ["Santoso", "Wijaya", "Pratama", "Saputra", "Hidayat", "Kusuma", "Nugroho", "Siregar", "Lestari", "Rahayu"];
const SEXES = ["Female", "Male", "F", "M", "Woman", "Other", "Prefer not to say"];
const AGES = ["<25", "25-34", "25–34", "35 to 44", "45-54", "55+", ""];
const GROUPS = ["NSB staff", "Government / regulator", "Industry", "SME", "Women-owned business", "Academia / research", "NGO"];
const ATTENDANCE = ["Attended", "present", "Partial", "No-show", "Registered"];

/** A semicolon-separated CSV with a BOM; `variant` changes attendance and scores, `bad` spoils the last row. */
export function sheet(tag: string, options: { bad?: boolean; variant?: number } = {}): Uint8Array {
  const v = options.variant ?? 0;
  const lines = ["Full name;Email;Sex;Age band;Stakeholder group;Organization;Job title;Country;Consent to contact;Role;Attendance;Completed;Pre-test score;Post-test score;Satisfaction;Feedback"];
  for (let i = 0; i < ROWS; i++) {
    lines.push(
      [
        `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`,
        `bench.${tag}.${i}@example.test`,
        SEXES[i % SEXES.length],
        AGES[i % AGES.length],
        GROUPS[i % GROUPS.length],
        `"Company ${i % 300}; Jakarta"`,
        "Quality manager",
        "ID",
        i % 2 ? "yes" : "no",
        i % 50 ? "Participant" : "Trainer",
        ATTENDANCE[(i + v) % ATTENDANCE.length],
        i % 3 ? "yes" : "no",
        String((i + v) % 101),
        String((i * 3 + v) % 101),
        String(1 + ((i + v) % 5)),
        i % 4 ? "" : `"Useful, thank you (${i})"`,
      ].join(";"),
    );
  }
  // Satisfaction 9 in the last row: outside 1 to 5.
  if (options.bad) lines[lines.length - 1] = lines[lines.length - 1]!.replace(/;[^;]*;([^;]*)$/, ";9;$1");
  return new TextEncoder().encode(`\uFEFF${lines.join("\r\n")}\r\n`);
}
