// How the benchmarks print figures: rounding, row counts and sizes, and one aligned table.

/** `x` rounded to `digits` decimals, as a number (for JSON and tables). */
export const round = (x: number, digits: number): number => +x.toFixed(digits);

/** A row count: 950, 12.5k, 1.25M. */
export function rowsLabel(n: number): string {
  if (n >= 1_000_000) return `${+(n / 1_000_000).toPrecision(3)}M`;
  if (n >= 1000) return `${+(n / 1000).toPrecision(3)}k`;
  return String(n);
}

export const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

/** A Markdown table, columns padded to their widest cell; the `right` columns right-aligned. */
export function formatTable(
  head: string[],
  body: (string | number)[][],
  right: ReadonlySet<number> = new Set(),
): string {
  const rows = body.map((r) => r.map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (right.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (right.has(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}
