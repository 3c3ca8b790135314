import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noticeText, showNotices, takeNotices, type Notice } from './notices';
import { saveLanguageChoice } from './language';
import { englishWords, type ExtensionT } from './words';
import en from '../../shared/i18n/catalogs/en/extension';
import { translator, type Catalog } from '../../shared/i18n/format';
import { aShare } from '../../tests/support/extension/testkit';
import pseudo from '../../shared/i18n/catalogs/en-XA/extension';

const viewed = { type: 'viewed' as const, at: '2030-01-01T10:30:00.000Z' };
const english = (n: Notice) => noticeText(n, englishWords);
/** Every language's catalog, whether or not it is offered yet (LOCALES). */
const CATALOGS = import.meta.glob<Catalog>('../../shared/i18n/catalogs/*/extension.ts', {
  eager: true,
  import: 'default',
});
const wordsIn = (locale: string): ExtensionT =>
  translator(locale, CATALOGS[`../../shared/i18n/catalogs/${locale}/extension.ts`]!, en);

describe('notices', () => {
  beforeEach(() => fakeBrowser.reset());

  it('announces a view once', () => {
    const first = takeNotices(
      aShare({ label: 'Wi-Fi', state: 'viewed', viewsLeft: 0, events: [viewed] }),
    );
    expect(first.notices.map(english)).toEqual([
      {
        title: 'Secret viewed',
        message: '“Wi-Fi” was opened with the passphrase and is now gone.',
      },
    ]);
    expect(takeNotices(first.share).notices).toEqual([]);
  });

  it('announces each view of a multi-view share, with the views left', () => {
    const share = aShare({ maxViews: 3, viewsLeft: 2, events: [viewed] });
    const one = takeNotices(share);
    expect(english(one.notices[0]!).message).toBe(
      'A secret you shared was opened with the passphrase (2 views left).',
    );
    const two = takeNotices({ ...one.share, viewsLeft: 1, events: [viewed, viewed] });
    expect(two.notices).toHaveLength(1);
    expect(two.notices[0]!.id).not.toBe(one.notices[0]!.id);
    expect(english(two.notices[0]!).message).toContain('(1 view left)');
  });

  it('announces destruction once, and says nothing of expiry or revocation', () => {
    const destroyed = takeNotices(aShare({ state: 'destroyed' }));
    expect(destroyed.notices.map((n) => english(n).title)).toEqual(['Secret destroyed']);
    expect(takeNotices(destroyed.share).notices).toEqual([]);
    expect(takeNotices(aShare({ state: 'expired' })).notices).toEqual([]);
    expect(takeNotices(aShare({ state: 'revoked' })).notices).toEqual([]);
  });

  it('words a notice in each language with its plural rules and quotation marks', async () => {
    const [left] = takeNotices(
      aShare({ label: 'WLAN', maxViews: 9, viewsLeft: 5, events: [viewed] }),
    ).notices;
    expect(noticeText(left!, wordsIn('de'))).toEqual({
      title: 'Geheimnis angesehen',
      message: '„WLAN“ wurde mit der Passphrase geöffnet (noch 5 Ansichten).',
    });
    const pl = wordsIn('pl');
    expect(noticeText({ ...left!, count: 3 }, pl).message).toContain('(pozostały 3 wyświetlenia)');
    expect(noticeText({ ...left!, count: 5 }, pl).message).toContain('(pozostało 5 wyświetleń)');
    const ar = wordsIn('ar');
    expect(noticeText({ ...left!, count: 2 }, ar).message).toContain('عرضان');
    expect(noticeText({ ...left!, label: '' }, wordsIn('ja')).message).toBe(
      '共有した秘密がパスフレーズで開かれました（閲覧はあと 5 回）。',
    );
  });

  it('shows notifications in the language chosen in Options', async () => {
    await saveLanguageChoice('en-XA');
    const { notices } = takeNotices(aShare({ state: 'destroyed' }));
    await showNotices(notices);
    const shown = Object.values(fakeBrowser.notifications.getAllCreateOptions());
    expect(shown).toEqual([
      expect.objectContaining({
        title: pseudo['notice.destroyed.title'],
        message: pseudo['notice.destroyed'].replace('{name}', pseudo['notice.unnamed']),
      }),
    ]);
  });
});
