// The recipient page in Debian's Firefox ESR (over WebDriver BiDi) against the real backend on
// PGlite: the same stories as Chromium's (support/recipient-stories.ts), so both engines see every
// state: reveal (Argon2id's WASM in a module worker under the page's CSP), a typo that spends
// nothing, unavailable after the view, a wrong passphrase until destroyed, and the security
// headers with a whole reveal under them. Screenshots: tests/artifacts/screenshots/ff-page-*.png.
import { describe, expect, it } from 'vitest';
import { EXPECTED_PAGE_HEADERS } from '../support/page-headers';
import { shareSecret } from '../support/shares';
import { useFirefoxRecipientPage } from './support/firefox-page-fixture';
import {
  openLink,
  photograph,
  readSecret,
  revealSecret,
  typePassphrase,
  DEFAULT_KDF,
} from './support/page-stories';
import { recipientStories } from './support/recipient-stories';

describe('recipient page in Firefox', () => {
  const fx = useFirefoxRecipientPage();
  const srv = fx.srv;
  const stories = recipientStories(fx, async (p, name, opts) => {
    await photograph(p, `ff-page-${name}`);
    if (opts?.dark) await photograph(p, `ff-page-${name}`, { dark: true });
  });

  it('reveals a multi-line unicode secret at the default KDF, exactly, and drops the fragment', () =>
    stories.revealsExactly());

  it('catches a typo before the server: no attempt is spent', () => stories.typoSpendsNothing());

  it('a wrong passphrase the server refuses counts, and at the limit destroys the secret', () =>
    stories.wrongPassphraseDestroys());

  it('answers with the security headers, and a whole reveal runs under them without a violation', async () => {
    const { page } = fx;
    const share = await shareSecret(srv.url, 'headers', { kdf: DEFAULT_KDF });
    const res = await fetch(share.link.split('#')[0]!);
    expect(Object.fromEntries(res.headers)).toMatchObject(EXPECTED_PAGE_HEADERS);
    await res.arrayBuffer();
    // The fixture fails the test on any CSP report, script error, dialog or request to
    // another origin seen in Firefox during it.
    await openLink(page, share.link);
    await typePassphrase(page, share.passphrase);
    expect(await revealSecret(page)).toBe('state-revealed');
    expect(await readSecret(page)).toBe('headers');
    const incomplete = await fx.newPage();
    expect(await openLink(incomplete, share.link.split('#')[0]!)).toBe('state-incomplete');
    await photograph(incomplete, 'ff-page-incomplete');
  });
});
