// A reveal whose answer is lost, in the real page in Chromium (docs/protocol.md#grace): the page
// asks again by itself with the same receipt, and a page reloaded while the answer was lost
// shows the secret once the passphrase is typed again. sessionStorage holds the receipt and the
// fragment, never the passphrase; after the ack the row holds no secret material.
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { b64uDecode } from '../../shared/encoding';
import { parseLink } from '../../shared/link';
import { senderSees, shareSecret } from '../support/shares';
import { useRecipientPage } from './support/page-fixture';
import {
  openLink,
  photograph,
  readSecret,
  revealSecret,
  typePassphrase,
} from './support/page-stories';

describe('recipient page, a lost reveal answer, in Chromium', () => {
  let page: Page;
  const fx = useRecipientPage({ onPage: (p) => (page = p) });
  const srv = fx.srv;

  /** Lets the next `n` reveals reach the server, then drops their answers (a dropped line). */
  async function loseAnswers(n: number) {
    let left = n;
    const bodies: string[] = [];
    const handler = async (route: Route) => {
      if (left <= 0) return route.continue();
      left--;
      bodies.push(route.request().postData() ?? '');
      try {
        await route.fetch(); // the server spends the view and answers; the page never hears it
        await route.abort('connectionreset');
      } catch {
        /* the page was reloaded meanwhile: nothing to answer */
      }
    };
    await page.route('**/trpc/secret.reveal', handler);
    return { bodies, stop: () => page.unroute('**/trpc/secret.reveal', handler) };
  }

  const row = (link: string) =>
    srv.database.handle.db
      .selectFrom('secret')
      .selectAll()
      .where('id', '=', b64uDecode(parseLink(link).id))
      .executeTakeFirstOrThrow();

  it('retries a lost answer by itself with the same receipt, then acks', async () => {
    const share = await shareSecret(srv.url, 'asked for twice, read once');
    expect(await openLink(page, share.link)).toBe('state-ready');
    const lost = await loseAnswers(1);
    await typePassphrase(page, share.passphrase);
    expect(await revealSecret(page)).toBe('state-revealed');
    expect(await readSecret(page)).toBe('asked for twice, read once');
    await lost.stop();
    expect(lost.bodies).toHaveLength(1);
    expect(JSON.parse(lost.bodies[0]!)).toHaveProperty('receipt');
    expect(await senderSees(srv.url, share)).toMatchObject({
      state: 'viewed',
      eventTypes: ['created', 'opened', 'viewed'],
    });
    // The ack arrives just after the secret shows: then nothing is kept.
    await expect
      .poll(async () => (await row(share.link)).ciphertext, { timeout: 5_000 })
      .toBeNull();
    expect(await row(share.link)).toMatchObject({ iv: null, verifier: null, grace_until: null });
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  it('a reload while the answer was lost shows the secret after the passphrase is typed again', async () => {
    const share = await shareSecret(srv.url, 'survives a reload');
    expect(await openLink(page, share.link)).toBe('state-ready');
    const lost = await loseAnswers(10);
    await typePassphrase(page, share.passphrase);
    await page.getByTestId('reveal').click();
    await expect.poll(() => lost.bodies.length, { timeout: 10_000 }).toBeGreaterThan(0);
    // What the tab keeps: the receipt and the fragment, never the passphrase.
    const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage }));
    expect(stored).toContain(JSON.parse(lost.bodies[0]!).receipt);
    expect(stored).toContain(new URL(share.link).hash.slice(1));
    for (const word of share.passphrase.split(' ')) expect(stored).not.toContain(word);

    // Reloaded while the retries still lose their answers; then the line is good again.
    await page.reload();
    await page.getByTestId('resumed').waitFor();
    await lost.stop();
    expect(await page.getByTestId('state-ready').count()).toBe(1);
    await photograph(page, 'page-resumed');
    await photograph(page, 'page-resumed', { dark: true });
    await typePassphrase(page, share.passphrase);
    expect(await revealSecret(page)).toBe('state-revealed');
    expect(await readSecret(page)).toBe('survives a reload');
    expect(await senderSees(srv.url, share)).toMatchObject({
      state: 'viewed',
      attemptsLeft: 1,
      eventTypes: ['created', 'opened', 'viewed'],
    });
    await expect
      .poll(async () => (await row(share.link)).ciphertext, { timeout: 5_000 })
      .toBeNull();
  });
});
