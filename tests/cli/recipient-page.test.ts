// Shared with the command, revealed in the recipient page: Debian's Chromium against the real
// backend serving the built page (npm run build:page), the secret made by the `oncelink`
// command with the default Argon2id parameters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ListJson } from '../../cli/schemas';
import { screenshot } from '../e2e/support/chromium';
import { useRecipientPage } from '../e2e/support/page-fixture';
import { openAndReveal } from '../e2e/support/page-stories';
import { cliHome, halves, runCli, type CliHome } from './support';

const MULTILINE = 'from a terminal\n  indented\twith a tab\n\nunicode: ✓ 密码 🔑\ntrailing   \n';

describe('a share made by the command, revealed in the recipient page', () => {
  const fx = useRecipientPage();
  let home: CliHome;

  beforeAll(() => {
    home = cliHome({ ONCELINK_SERVER: fx.srv.url });
  });
  afterAll(() => home?.remove());

  it('reveals exactly what was piped to `oncelink share`, then again with `oncelink reveal`', async () => {
    const shared = await runCli(['share', '--label', 'for the page', '--views', '2'], {
      home,
      input: MULTILINE,
    });
    expect(shared.code, shared.err).toBe(0);
    const { link, passphrase } = halves(shared.out);

    const page = fx.page;
    expect((await openAndReveal(page, link, passphrase)).value).toBe(MULTILINE);
    await expect(page.getByTestId('gone-note').textContent()).resolves.toContain('once more');
    await screenshot(page, 'cli-revealed-in-page');

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
