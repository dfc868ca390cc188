/** "Share of women trained in…": a name cut at a word to `max` characters, with an ellipsis. */
export function shortLabel(text: string, max = 36): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:·–-]+$/, "")}…`;
}
