/** Each tone's colours (`.badge-<tone>` in globals.css). */
const tones = { neutral: "badge-neutral", info: "badge-info", success: "badge-success", warning: "badge-warning", danger: "badge-danger" } as const;

export type BadgeTone = keyof typeof tones;

export function Badge({ children, tone = "neutral" }: { children: React.ReactNode; tone?: BadgeTone }) {
  return <span className={`badge ${tones[tone]}`}>{children}</span>;
}
