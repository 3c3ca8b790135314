// Coarse, language-neutral spans for people ("in 23 h", "5 min ago"), the same in the extension
// and the command line. Exact times are shown beside them where they matter.

function span(ms: number): string {
  const min = Math.round(ms / 60_000);
  if (min < 1) return 'less than a minute';
  if (min < 60) return `${min} min`;
  const h = Math.round(min / 60);
  if (h < 48) return `${h} h`;
  return `${Math.round(h / 24)} days`;
}

/** "in 23 h" or "5 min ago". */
export function formatRelative(iso: string, now = Date.now()): string {
  const ms = Date.parse(iso) - now;
  return ms >= 0 ? `in ${span(ms)}` : `${span(-ms)} ago`;
}
