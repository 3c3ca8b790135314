// Which status changes deserve a browser notification: a view (each one, once) and the
// destruction by wrong passphrases. Expiry and revocation are not news to the sender. What a
// notice says is decided here as catalog keys; its words come at showing time, in the language
// the extension speaks then.
import { browser } from 'wxt/browser';
import type { Params } from '../../shared/i18n/format';
import type { SentShare } from './sent-store';
import { currentWords, type ExtensionKey, type ExtensionT } from './words';

export interface Notice {
  /** Stable per event, so a repeated decision cannot stack duplicates. */
  id: string;
  title: ExtensionKey;
  message: ExtensionKey;
  /** The share's or request's label ("" for none) and any count the message takes. */
  label: string;
  count?: number;
}

/** A notice's title and message in the language of `t`. */
export function noticeText(n: Notice, t: ExtensionT): { title: string; message: string } {
  const name = n.label ? t('notice.named', { label: n.label }) : t('notice.unnamed');
  const params: Params = n.count === undefined ? { name } : { name, count: n.count };
  return { title: t(n.title), message: t(n.message, params) };
}

/**
 * Notices for `share` as just updated from the server, and the share with its "already
 * announced" counters advanced. Pure, so the once-each rule is unit-tested.
 */
export function takeNotices(share: SentShare): { share: SentShare; notices: Notice[] } {
  const notices: Notice[] = [];
  const views = share.events.filter((e) => e.type === 'viewed').length;
  const { label } = share;
  let { notifiedViews, notifiedDestroyed } = share;
  if (views > notifiedViews) {
    const left = share.state === 'pending' && share.viewsLeft > 0;
    const id = `viewed:${share.id}:${views}`;
    const title = 'notice.viewed.title';
    notices.push(
      left
        ? { id, title, message: 'notice.viewed.left', label, count: share.viewsLeft }
        : { id, title, message: 'notice.viewed.gone', label },
    );
    notifiedViews = views;
  }
  if (share.state === 'destroyed' && !notifiedDestroyed) {
    notices.push({
      id: `destroyed:${share.id}`,
      title: 'notice.destroyed.title',
      message: 'notice.destroyed',
      label,
    });
    notifiedDestroyed = true;
  }
  return { share: { ...share, notifiedViews, notifiedDestroyed }, notices };
}

export async function showNotices(notices: Notice[]): Promise<void> {
  if (!notices.length) return;
  const t = await currentWords();
  for (const n of notices) {
    await browser.notifications.create(n.id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      ...noticeText(n, t),
    });
  }
}
