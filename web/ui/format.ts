// Times as the sender reads them: absolute for "when", relative for "how long until".

const TIME = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const DATE_TIME = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "14:03" today, else "Nov 22, 14:03". */
export function formatWhen(iso: string, now = Date.now()): string {
  const d = new Date(iso);
  return new Date(now).toDateString() === d.toDateString() ? TIME.format(d) : DATE_TIME.format(d);
}

export { formatRelative } from '../../shared/relative-time';
