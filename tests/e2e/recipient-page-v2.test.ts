// The recipient page and protocol v2 in Chromium (docs/protocol.md#link-proof, #grace): it proves
// the link by POST (never in a URL), still reveals links made by v1 clients, and a link whose key
// was changed reads as unavailable and spends nothing.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { randomBytes } from '../../shared/encoding';
import { encodeFragment, parseLink } from '../../shared/link';
import { senderSees, shareSecret, shareSecretV1 } from '../support/shares';
import { useRecipientPage } from './support/page-fixture';
import { openAndReveal, openLink, photograph } from './support/page-stories';

describe('recipient page, protocol v2, in Chromium', () => {
  let page: Page;
  const fx = useRecipientPage({ onPage: (p) => (page = p) });
  const srv = fx.srv;

  it('a v2 link: peek and reveal carry the proof in POST bodies, never in a URL', async () => {
    const share = await shareSecret(srv.url, 'v2 in the page');
    const calls: { method: string; url: string; body: string | null }[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/trpc/'))
        calls.push({ method: r.method(), url: r.url(), body: r.postData() });
    });
    expect(await openAndReveal(page, share.link, share.passphrase)).toMatchObject({
      value: 'v2 in the page',
    });
    const api = calls.filter((c) => /secret\.(peek|reveal)/.test(c.url));
    expect(api.map((c) => c.method)).toEqual(api.map(() => 'POST'));
    for (const c of api) {
      expect(c.url).not.toContain('?');
      expect(c.body).toContain('"linkProof"');
    }
    expect(await senderSees(srv.url, share)).toMatchObject({ state: 'viewed' });
  });

  it('a link made by a v1 client still reveals', async () => {
    const share = await shareSecretV1(srv.url, 'from an old extension');
    expect(await openAndReveal(page, share.link, share.passphrase)).toMatchObject({
      value: 'from an old extension',
    });
  });

  it('a link whose key was changed is not available, and spends nothing', async () => {
    const share = await shareSecret(srv.url, 'keep me');
    const parts = parseLink(share.link);
    const forged = `${share.link.split('#')[0]}#${encodeFragment(randomBytes(16), parts.check)}`;
    expect(await openLink(page, forged)).toBe('state-unavailable');
    await photograph(page, 'page-v2-forged-key');
    expect(await senderSees(srv.url, share)).toMatchObject({
      state: 'pending',
      eventTypes: ['created'],
    });
  });
});
