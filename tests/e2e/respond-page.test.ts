// The request page (/r/<id>) end to end: Debian's Chromium against the real backend on PGlite,
// serving the built page. Requests are made here with shared/request, the way the extension and
// the CLI make them, and answers are read back through `request.read` with the requester's key.
// Screenshots of every state, desktop and phone, light and dark: tests/artifacts/screenshots/respond-*.png.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../backend/clock';
import { PAGE_CSP } from '../../backend/http/page-routes';
import { b64uEncode, randomBytes } from '../../shared/encoding';
import { createRequest, readRequestAnswer, type CreatedRequest } from '../../shared/request/index';
import { testDatabases } from '../support/databases';
import { startServer, type TestServer } from '../support/server';
import {
  assertChromium,
  assertPageBuilt,
  launchChromium,
  screenshot,
  type Browser,
} from './support/chromium';
import { expectNoAxeViolations } from './support/axe';

const ANSWER =
  'db password: hunter2\n  indented line\twith a tab\n\nunicode: ✓ 密码 🔑\ntrailing  \n';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const FINAL = [
  'open',
  'sent',
  'answered',
  'expired',
  'revoked',
  'unavailable',
  'incomplete',
  'load-error',
];

describe('request page in Chromium', () => {
  const clock = manualClock(new Date());
  let env: Awaited<ReturnType<(typeof testDatabases)[number]['create']>>;
  let srv: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    assertChromium();
    assertPageBuilt();
    env = await testDatabases.find((d) => d.name === 'pglite')!.create();
    srv = await startServer(env.handle, { clock });
    browser = await launchChromium();
    context = browser.context;
    context.on('request', (req) => {
      const url = new URL(req.url());
      if (url.protocol !== 'data:' && url.origin !== srv.url)
        problems.push(`left the origin: ${req.url()}`);
    });
  });
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
    await env?.drop();
  });
  beforeEach(async () => {
    page = await context.newPage();
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ colorScheme: 'light' });
    page.on('console', (msg) => {
      if (/Content.Security.Policy|Refused to/i.test(msg.text())) problems.push(msg.text());
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  });
  afterEach(async () => {
    await page.close();
    expect(problems).toEqual([]);
  });

  async function ask(note = 'The staging DB password, please', expiresIn = 3600) {
    const r = await createRequest({ note, expiresIn, publicUrl: srv.url });
    await srv.client.request.create.mutate(r.input);
    return r;
  }
  async function openLink(link: string): Promise<string> {
    await page.goto(link);
    await page.waitForSelector(FINAL.map((s) => `[data-testid="state-${s}"]`).join(', '));
    const el = page.locator(FINAL.map((s) => `[data-testid="state-${s}"]`).join(', '));
    return ((await el.first().getAttribute('data-testid')) ?? '').replace('state-', '');
  }
  async function readBack(r: CreatedRequest) {
    const read = await srv.client.request.read.mutate({ manageToken: r.manageToken });
    if (read.state !== 'answered') throw new Error('no answer stored');
    return readRequestAnswer(r.keyPair, read);
  }
  async function shoot(name: string) {
    await expectNoAxeViolations(page, `respond-${name}`);
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      const suffix = scheme === 'dark' ? '-dark' : '';
      await screenshot(page, `respond-${name}${suffix}-desktop`);
      await page.setViewportSize(PHONE);
      await screenshot(page, `respond-${name}${suffix}-phone`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${name}: nothing wider than a phone`).toBeLessThanOrEqual(0);
      await page.setViewportSize(DESKTOP);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }

  it('shows the note, sends a multi-line answer once, exactly; the link then says answered', async () => {
    const r = await ask();
    expect(await openLink(r.link)).toBe('open');
    expect(await page.getByTestId('note').textContent()).toBe('The staging DB password, please');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'answer',
    );
    await page.getByTestId('answer').fill(ANSWER);
    await shoot('open');
    await page.getByTestId('send').click();
    await page.getByTestId('state-sent').waitFor();
    expect(new URL(page.url()).hash).toBe('');
    await shoot('sent');
    expect(await openLink(r.link)).toBe('answered');
    await shoot('answered');
    expect(await readBack(r)).toEqual({ kind: 'text', value: ANSWER });
  });

  it('a second answer from another tab is refused with a plain message', async () => {
    const r = await ask('an API token');
    const other = await context.newPage();
    expect(await openLink(r.link)).toBe('open');
    await other.goto(r.link);
    await other.getByTestId('answer').fill('from the other tab');
    await other.getByTestId('send').click();
    await other.getByTestId('state-sent').waitFor();
    await other.close();
    await page.getByTestId('answer').fill('too late');
    await page.getByTestId('send').click();
    await page.getByTestId('state-answered').waitFor();
    expect(await page.getByTestId('message').textContent()).toMatch(/already been answered/);
    expect(await readBack(r)).toEqual({ kind: 'text', value: 'from the other tab' });
  });

  it('generates the answer with the generator (a PIN) and sends its kind', async () => {
    const r = await ask('please set a new PIN for the door');
    await openLink(r.link);
    await page.getByTestId('toggle-generator').click();
    await page.getByTestId('gen-kind-pin').click();
    await page.getByTestId('gen-length').fill('8');
    const pin = await page.getByTestId('gen-value').textContent();
    expect(pin).toMatch(/^\d{8}$/);
    await shoot('generator');
    await page.getByTestId('gen-use').click();
    expect(await page.getByTestId('answer').inputValue()).toBe(pin);
    await page.getByTestId('send').click();
    await page.getByTestId('state-sent').waitFor();
    expect(await readBack(r)).toEqual({ kind: 'pin', value: pin });
  });

  it('says when a request has expired or was revoked, and when a link is damaged or unknown', async () => {
    const late = await ask('late', 60);
    clock.advance(61);
    expect(await openLink(late.link)).toBe('expired');
    await shoot('expired');
    const revoked = await ask('cancelled');
    await srv.client.request.revoke.mutate({ manageToken: revoked.manageToken });
    expect(await openLink(revoked.link)).toBe('revoked');
    await shoot('revoked');
    expect(await openLink(revoked.link.split('#')[0]!)).toBe('incomplete');
    await shoot('incomplete');
    const unknown = revoked.link.replace(/\/r\/[^#]+/, `/r/${b64uEncode(randomBytes(16))}`);
    expect(await openLink(unknown)).toBe('unavailable');
    await shoot('unavailable');
  });

  it('a network failure says so and retries; the page is served with the strict headers', async () => {
    const r = await ask('retry me');
    await page.route('**/trpc/**', (route) => route.abort());
    expect(await openLink(r.link)).toBe('load-error');
    await shoot('load-error');
    await page.unroute('**/trpc/**');
    await page.getByTestId('retry').click();
    await page.getByTestId('state-open').waitFor();
    const res = await fetch(`${srv.url}/r/${r.input.id}`);
    expect(res.headers.get('content-security-policy')).toBe(PAGE_CSP);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});
