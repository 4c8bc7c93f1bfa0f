/** BENCHMARKS.md is written by two benchmarks: each owns its `## ` sections and leaves the other's alone. */

/** The `## ` section whose heading is `heading` (up to the next `## ` heading), or null. */
export function sectionOf(text: string, heading: string): string | null {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trimEnd() === heading);
  if (start < 0) return null;
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  return `${lines.slice(start, end).join('\n').trimEnd()}\n`;
}

/** The text with `section` (starting with its heading line) in place of the same-named section, or appended. */
export function replaceSection(text: string, section: string): string {
  const heading = section.split('\n')[0]!;
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trimEnd() === heading);
  if (start < 0) return `${text.trimEnd()}\n\n${section.trimEnd()}\n`;
  let end = lines.findIndex((l, i) => i > start && /^## /.test(l));
  if (end < 0) end = lines.length;
  const before = lines.slice(0, start).join('\n').trimEnd();
  const after = lines.slice(end).join('\n').trimEnd();
  return `${before}\n\n${section.trimEnd()}\n${after ? `\n${after}\n` : ''}`;
}
