// When something expires, as the reader's locale writes it: both web pages say it.

/** "in 23 hours", "in 5 minutes", "in less than a minute": coarse on purpose. */
export function relativeExpiry(expiresAt: Date, now: Date, locale?: string): string {
  const seconds = (expiresAt.getTime() - now.getTime()) / 1000;
  if (seconds < 60) return 'in less than a minute';
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  // Two units' worth before switching up: "in 36 hours" reads better than "in 1 day".
  if (seconds < 2 * 3600) return rtf.format(Math.floor(seconds / 60), 'minute');
  if (seconds < 2 * 86400) return rtf.format(Math.floor(seconds / 3600), 'hour');
  return rtf.format(Math.floor(seconds / 86400), 'day');
}

/** The expiry as the reader's locale writes a date and time, plus how far away it is. */
export function formatExpiry(iso: string, now: Date = new Date(), locale?: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return 'soon';
  const absolute = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);
  return `${absolute} (${relativeExpiry(at, now, locale)})`;
}
