// Times as the sender reads them, in the language of the view: absolute for "when", relative
// for "how long until" (Intl.DateTimeFormat and Intl.RelativeTimeFormat, so every language
// writes them its own way). The command line keeps its own (shared/relative-time.ts).

/** "14:03" today, else "Nov 22, 14:03" (in `locale`'s order and words). */
export function formatWhen(iso: string, locale?: string, now = Date.now()): string {
  const d = new Date(iso);
  const today = new Date(now).toDateString() === d.toDateString();
  const time = { hour: '2-digit', minute: '2-digit' } as const;
  return new Intl.DateTimeFormat(
    locale,
    today ? time : { ...time, month: 'short', day: 'numeric' },
  ).format(d);
}

/** "in 23 hours", "5 minutes ago", "in 3 days": coarse, as the Sent list needs. */
export function formatRelative(iso: string, locale?: string, now = Date.now()): string {
  const ms = Date.parse(iso) - now;
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  const min = Math.round(ms / 60_000);
  if (Math.abs(min) < 1) return rtf.format(ms < 0 ? -1 : 1, 'minute');
  if (Math.abs(min) < 60) return rtf.format(min, 'minute');
  const h = Math.round(min / 60);
  if (Math.abs(h) < 48) return rtf.format(h, 'hour');
  return rtf.format(Math.round(h / 24), 'day');
}

/** "5 minutes", "1 day": a duration in `locale`'s words (the expiry choices). */
export function formatDuration(seconds: number, locale?: string): string {
  const [value, unit] =
    seconds % 86400 === 0
      ? [seconds / 86400, 'day']
      : seconds % 3600 === 0
        ? [seconds / 3600, 'hour']
        : [seconds / 60, 'minute'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(value);
}
