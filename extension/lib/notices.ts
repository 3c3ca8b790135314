// Which status changes deserve a browser notification: a view (each one, once) and the
// destruction by wrong passphrases. Expiry and revocation are not news to the sender.
import { browser } from 'wxt/browser';
import { plural } from '../../shared/words';
import type { SentShare } from './sent-store';

export interface Notice {
  /** Stable per event, so a repeated decision cannot stack duplicates. */
  id: string;
  title: string;
  message: string;
}

function nameOf(share: SentShare): string {
  return share.label ? `“${share.label}”` : 'A secret you shared';
}

/**
 * Notices for `share` as just updated from the server, and the share with its "already
 * announced" counters advanced. Pure, so the once-each rule is unit-tested.
 */
export function takeNotices(share: SentShare): { share: SentShare; notices: Notice[] } {
  const notices: Notice[] = [];
  const views = share.events.filter((e) => e.type === 'viewed').length;
  let { notifiedViews, notifiedDestroyed } = share;
  if (views > notifiedViews) {
    const left = share.state === 'pending' && share.viewsLeft > 0;
    notices.push({
      id: `viewed:${share.id}:${views}`,
      title: 'Secret viewed',
      message: `${nameOf(share)} was opened with the passphrase${left ? ` (${plural(share.viewsLeft, 'view')} left)` : ' and is now gone'}.`,
    });
    notifiedViews = views;
  }
  if (share.state === 'destroyed' && !notifiedDestroyed) {
    notices.push({
      id: `destroyed:${share.id}`,
      title: 'Secret destroyed',
      message: `${nameOf(share)} was destroyed after wrong passphrases. Share it again if needed.`,
    });
    notifiedDestroyed = true;
  }
  return { share: { ...share, notifiedViews, notifiedDestroyed }, notices };
}

export async function showNotices(notices: Notice[]): Promise<void> {
  for (const n of notices) {
    await browser.notifications.create(n.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: n.title,
      message: n.message,
    });
  }
}
