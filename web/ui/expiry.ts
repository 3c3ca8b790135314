// When something expires, in the page's language (`t` from the common surface; dates and
// relative times through Intl in `locale`): both web pages say it.
import type { Translate } from '../../shared/i18n/format';
import type { common } from '../../shared/i18n/surfaces/common';

type CommonT = Translate<keyof typeof common.en>;

/** "in 23 hours", "in 5 minutes", "in less than a minute": coarse on purpose. */
export function relativeExpiry(t: CommonT, locale: string, expiresAt: Date, now: Date): string {
  const seconds = (expiresAt.getTime() - now.getTime()) / 1000;
  if (seconds < 60) return t('expiry.underAMinute');
  const rtf = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
  // Two units' worth before switching up: "in 36 hours" reads better than "in 1 day".
  if (seconds < 2 * 3600) return rtf.format(Math.floor(seconds / 60), 'minute');
  if (seconds < 2 * 86400) return rtf.format(Math.floor(seconds / 3600), 'hour');
  return rtf.format(Math.floor(seconds / 86400), 'day');
}

/** The expiry as `locale` writes a date and time, plus how far away it is. */
export function formatExpiry(t: CommonT, locale: string, iso: string, now = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return t('expiry.soon');
  const absolute = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);
  return t('expiry.at', { date: absolute, relative: relativeExpiry(t, locale, at, now) });
}
