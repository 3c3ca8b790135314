// Debian's Firefox ESR driven over WebDriver BiDi (./bidi.ts), with the built Firefox extension
// installed as a temporary add-on (docs/testing.md#firefox-over-webdriver-bidi). A missing
// Firefox fails the run with the reason: end-to-end tests never skip silently.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Bidi } from './bidi';
import { FirefoxPage } from './firefox-page';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');
/** The extension's origin in every test profile: fixed by a pref, so pages can be addressed. */
export const EXTENSION_UUID = '4f1c0b7e-8a52-4c1e-9d3a-0e5b6a7c8d90';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
/** The add-on id of the build (extension/build-config.ts's default). */
const GECKO_ID = 'oncelink@oncelink.dev';

export function assertFirefox(): void {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox is not installed at ${FIREFOX_PATH}, so the Firefox end-to-end tests cannot run. ` +
        `Install Debian's package (apt-get install -y firefox-esr, as .ci/run does) or set FIREFOX_PATH.`,
    );
  }
}

export function assertFirefoxExtensionBuilt(): void {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(
      `The Firefox extension is not built at ${FIREFOX_EXTENSION_DIR}: run npm run build first.`,
    );
  }
}

// A closed network: no update checks, telemetry, safe-browsing lists, captive-portal probes or
// remote settings, which would otherwise be tried (and refused) all through a run.
const PREFS: Record<string, string | number | boolean> = {
  'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
  'app.update.enabled': false,
  'app.update.auto': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'extensions.getAddons.cache.enabled': false,
  'extensions.update.enabled': false,
  'extensions.systemAddon.update.enabled': false,
  'browser.newtabpage.enabled': false,
  'browser.topsites.contile.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  // Extension windows and tabs open without asking (temporary add-on, no first-run pages).
  'extensions.webextensions.restrictedDomains': '',
  'browser.tabs.warnOnClose': false,
};

function userJs(): string {
  return Object.entries(PREFS)
    .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
    .join('\n');
}

export interface Firefox {
  bidi: Bidi;
  /** Evaluates `expression` in the browser window's chrome (privileged); its value, via JSON. */
  chrome(expression: string): Promise<unknown>;
  newPage(): Promise<FirefoxPage>;
  /** A new tab at `url`, opened by the browser itself: BiDi may not navigate to moz-extension:. */
  openTab(url: string): Promise<FirefoxPage>;
  /** Runs `action`, then waits for a new tab or window whose address starts with `prefix`. */
  pageOpenedBy(action: () => Promise<unknown>, prefix: string): Promise<FirefoxPage>;
  close(): Promise<void>;
}

type Tree = { contexts: { context: string; url: string }[] };

function withSession(bidi: Bidi, chromeContext: string) {
  const chrome = async (expression: string) => {
    const r = await bidi.send<{
      type: string;
      result?: { value?: string };
      exceptionDetails?: { text: string };
    }>('script.evaluate', {
      target: { context: chromeContext },
      awaitPromise: true,
      expression: `(async () => JSON.stringify(await (async () => (${expression}))() ?? null))()`,
    });
    if (r.type === 'exception') throw new Error(`in Firefox's chrome: ${r.exceptionDetails!.text}`);
    return JSON.parse(r.result!.value!) as unknown;
  };
  const page = (context: string) => new FirefoxPage(bidi, context, chrome);
  const contexts = async () => (await bidi.send<Tree>('browsingContext.getTree', {})).contexts;

  async function appeared(prefix: string, known: Set<string>): Promise<FirefoxPage> {
    const until = Date.now() + 15_000;
    for (;;) {
      const found = (await contexts()).find(
        (c) => !known.has(c.context) && c.url.startsWith(prefix),
      );
      if (found) {
        const p = page(found.context);
        await p.waitForFunction(() => document.readyState === 'complete', null);
        return p;
      }
      if (Date.now() > until) throw new Error(`no page at ${prefix}… opened in 15 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  return {
    chrome,
    async newPage() {
      const { context } = await bidi.send<{ context: string }>('browsingContext.create', {
        type: 'tab',
      });
      return page(context);
    },
    async pageOpenedBy(action: () => Promise<unknown>, prefix: string) {
      const known = new Set((await contexts()).map((c) => c.context));
      await action();
      return appeared(prefix, known);
    },
    async openTab(url: string) {
      return this.pageOpenedBy(
        () =>
          chrome(
            `void (gBrowser.selectedTab = gBrowser.addTab(${JSON.stringify(url)}, ` +
              `{ triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }))`,
          ),
        url,
      );
    },
  };
}

/** Waits for Firefox to say where BiDi listens ("WebDriver BiDi listening on ws://…"). */
function bidiAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(
      () => reject(new Error(`Firefox did not start BiDi in 30 s:\n${log.slice(-2000)}`)),
      30_000,
    );
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}) before BiDi started:\n${log.slice(-2000)}`));
    });
  });
}

/** Headless Firefox on a fresh profile; with `extension`, the built Firefox extension installed. */
export async function launchFirefox(opts: { extension?: boolean } = {}): Promise<Firefox> {
  assertFirefox();
  if (opts.extension) assertFirefoxExtensionBuilt();
  const profile = mkdtempSync(join(tmpdir(), 'oncelink-firefox-'));
  writeFileSync(join(profile, 'user.js'), userJs());
  // Port 0: Firefox picks a free one and prints it. Its own process group, so close() ends
  // Firefox's content processes too, and nothing else.
  const child = spawn(
    FIREFOX_PATH,
    [
      '--headless',
      '--no-remote',
      '--profile',
      profile,
      '--remote-debugging-port=0',
      '--remote-allow-system-access',
      'about:blank',
    ],
    {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    },
  );
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const kill = () => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  try {
    const address = await bidiAddress(child);
    const bidi = await Bidi.connect(`${address}/session`);
    await bidi.send('session.new', {
      capabilities: { alwaysMatch: { acceptInsecureCerts: false } },
    });
    if (opts.extension) {
      await bidi.send('webExtension.install', {
        extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR },
      });
    }
    const tree = await bidi.send<Tree>('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new Error('Firefox shows no browser window');
    return {
      bidi,
      ...withSession(bidi, window.context),
      async close() {
        await bidi.send('session.end').catch(() => undefined);
        bidi.close();
        kill();
        await exited;
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (err) {
    kill();
    await exited;
    rmSync(profile, { recursive: true, force: true });
    throw err;
  }
}
