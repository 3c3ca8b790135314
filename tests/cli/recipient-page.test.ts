// Shared with the command, revealed in the recipient page: Debian's Chromium against the real
// backend serving the built page (npm run build:page), the secret made by the `oncelink`
// command with the default Argon2id parameters.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListJson } from '../../cli/schemas';
import { testDatabases } from '../support/databases';
import { startServer, type TestServer } from '../support/server';
import {
  assertChromium,
  assertPageBuilt,
  launchChromium,
  screenshot,
  type Browser,
} from '../e2e/support/chromium';
import { cliHome, halves, runCli, type CliHome } from './support';

const MULTILINE = 'from a terminal\n  indented\twith a tab\n\nunicode: ✓ 密码 🔑\ntrailing   \n';

describe('a share made by the command, revealed in the recipient page', () => {
  let env: Awaited<ReturnType<(typeof testDatabases)[number]['create']>>;
  let srv: TestServer;
  let browser: Browser;
  let home: CliHome;

  beforeAll(async () => {
    assertChromium();
    assertPageBuilt();
    env = await testDatabases.find((d) => d.name === 'pglite')!.create();
    srv = await startServer(env.handle);
    browser = await launchChromium();
    home = cliHome({ ONCELINK_SERVER: srv.url });
  });
  afterAll(async () => {
    await browser?.close();
    await srv?.close();
    await env?.drop();
    home?.remove();
  });

  async function revealInPage(page: Page, link: string, passphrase: string): Promise<string> {
    await page.goto(link);
    await page.waitForSelector('[data-testid="state-ready"]');
    await page.getByTestId('passphrase').fill(passphrase);
    await page.getByTestId('reveal').click();
    await page.waitForSelector('[data-testid="state-revealed"]');
    return page.getByTestId('secret-value').inputValue();
  }

  it('reveals exactly what was piped to `oncelink share`, then again with `oncelink reveal`', async () => {
    const shared = await runCli(['share', '--label', 'for the page', '--views', '2'], {
      home,
      input: MULTILINE,
    });
    expect(shared.code, shared.err).toBe(0);
    const { link, passphrase } = halves(shared.out);

    const page = await browser.context.newPage();
    try {
      expect(await revealInPage(page, link, passphrase)).toBe(MULTILINE);
      await expect(page.getByTestId('gone-note').textContent()).resolves.toContain('once more');
      await screenshot(page, 'cli-revealed-in-page');
    } finally {
      await page.close();
    }

    // The second view, with the command: the same bytes.
    const again = await runCli(['reveal', link, '--passphrase-stdin'], { home, input: passphrase });
    expect(again.code, again.err).toBe(0);
    expect(again.out).toBe(MULTILINE);

    const list = await runCli(['list', '--json'], { home });
    const [item] = ListJson.parse(JSON.parse(list.out)).shares;
    expect(item).toMatchObject({ label: 'for the page', state: 'viewed', viewsLeft: 0 });
    expect(item!.events.map((e) => e.type)).toEqual([
      'created',
      'opened',
      'viewed',
      'opened',
      'viewed',
    ]);
  });
});
