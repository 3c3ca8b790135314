// `npx tsx tests/bench/page.ts [--no-build] [--runs=5] [--out=path]`
// The recipient page's weight and speed (docs/benchmarks.md#targets): JS + CSS gzipped, wordlist included
// (target < 45 KB), and passphrase-to-plaintext in Chromium at the default KDF (target < 700 ms).
// Builds the page first (unless --no-build), then serves it from the real backend on PGlite and
// drives Debian's Chromium through playwright-core. Standalone; also callable as benchPage().
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DEFAULT_PAGE_DIR } from '../../backend/http/page-routes';
import { KDF } from '../../shared/limits';
import { createShare } from '../../shared/protocol';
import { launchChromium } from '../e2e/support/chromium';
import { pglite } from '../support/databases';
import { startServerOn } from '../support/server';
import { flag, isEntryPoint, option } from './args';
import { writeJson } from './report';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEIGHT_TARGET_KB = 45;
const TIME_TARGET_MS = 700;
/** The page's performance marks (web/recipient/app.tsx MARKS). */
const MARK = {
  start: 'oncelink:unlock-start',
  derived: 'oncelink:derived',
  fetched: 'oncelink:fetched',
  decrypted: 'oncelink:decrypted',
};

const kb = (bytes: number) => +(bytes / 1024).toFixed(1);
const gz = (buf: Buffer, level: number) => gzipSync(buf, { level }).length;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface PageWeight {
  files: { file: string; bytes: number; gzip: number; gzip9: number }[];
  /** gzip at level 6 (what servers and proxies commonly use), in bytes. */
  jsGzip: number;
  cssGzip: number;
  totalGzip: number;
  totalKB: number;
  targetKB: number;
  /** Chunks loaded only on demand (not in the total), and their gzipped size. */
  lazy: string[];
  lazyKB: number;
  /** The BIP39 list alone, gzipped: part of the total (it ships inside the worker). */
  wordlistGzip: number;
  /** zod must stay out of the page (it would come in through shared/index.ts). */
  containsZod: boolean;
}

/**
 * The asset files one built page loads (web/vite.config.ts: dist/page/<page>/index.html): what
 * its HTML names, and what those files name in turn. Chunks reached only through a dynamic
 * import() are `lazy` (the request page's pure-JavaScript X25519, for browsers without it).
 */
export function pageAssets(dir: string, page: string): { eager: string[]; lazy: string[] } {
  const assets = join(dir, 'assets');
  const names = new Set(readdirSync(assets));
  const refs = (text: string) =>
    [...text.matchAll(/(?:\/assets\/|\.\/)([A-Za-z0-9._-]+\.(?:js|css))/g)].map((m) => m[1]!);
  const dynamic = (text: string) =>
    new Set(
      [...text.matchAll(/import\(\s*["'`]\.\/([A-Za-z0-9._-]+\.js)["'`]/g)].map((m) => m[1]!),
    );
  const eager = new Set<string>();
  const lazy = new Set<string>();
  const walk = (file: string, isLazy: boolean) => {
    if (!names.has(file) || eager.has(file) || (isLazy && lazy.has(file))) return;
    (isLazy ? lazy : eager).add(file);
    const text = readFileSync(join(assets, file), 'utf8');
    const late = dynamic(text);
    for (const r of refs(text)) walk(r, isLazy || late.has(r));
  };
  for (const r of refs(readFileSync(join(dir, page, 'index.html'), 'utf8'))) walk(r, false);
  return { eager: [...eager].sort(), lazy: [...lazy].filter((f) => !eager.has(f)).sort() };
}

/** JS and CSS one built page loads (entry, chunks, worker, styles), each gzipped on its own. */
export function measurePageWeight(dir = DEFAULT_PAGE_DIR, page = 'recipient'): PageWeight {
  const assets = join(dir, 'assets');
  const { eager, lazy } = pageAssets(dir, page);
  const files = eager
    .filter((f) => ['.js', '.css'].includes(extname(f)))
    .map((file) => {
      const body = readFileSync(join(assets, file));
      return { file, bytes: body.length, gzip: gz(body, 6), gzip9: gz(body, 9), body };
    });
  if (files.length === 0)
    throw new Error(`no assets for ${page} in ${assets}: run npm run build:page`);
  const lazyGzip = lazy.reduce((n, f) => n + gz(readFileSync(join(assets, f)), 6), 0);
  const sum = (ext: string) =>
    files.filter((f) => extname(f.file) === ext).reduce((n, f) => n + f.gzip, 0);
  const jsGzip = sum('.js');
  const cssGzip = sum('.css');
  const wordlist = readFileSync(join(ROOT, 'node_modules/bip39/src/wordlists/english.json'));
  const words = JSON.parse(wordlist.toString()) as string[];
  return {
    files: files.map(({ file, bytes, gzip, gzip9 }) => ({ file, bytes, gzip, gzip9 })),
    jsGzip,
    cssGzip,
    totalGzip: jsGzip + cssGzip,
    totalKB: kb(jsGzip + cssGzip),
    targetKB: WEIGHT_TARGET_KB,
    lazy,
    lazyKB: kb(lazyGzip),
    wordlistGzip: gz(Buffer.from(JSON.stringify(words)), 6),
    containsZod: files.some((f) => /ZodError|zod\/v4|\$ZodType/.test(f.body.toString())),
  };
}

export interface RevealTiming {
  kdf: { m: number; t: number; p: number };
  runs: number;
  /** Submit to plaintext, measured in the page (marks around worker, API call, decrypt). */
  msEach: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Medians of the parts: Argon2id + HKDF in the worker, the reveal call, decrypting. */
  medianParts: { deriveMs: number; revealMs: number; decryptMs: number };
  /** From the click event to the secret in the DOM (adds the typed-words check and rendering). */
  medianClickToVisibleMs: number;
  /** Submitted as soon as the form accepted the passphrase (no time to type). */
  coldMedianMs: number;
  targetMs: number;
  chromium: string;
}

/**
 * Passphrase to plaintext in Chromium at the default KDF, on a fresh tab each run (as a
 * recipient opens a link). The reader types for a while, so each run waits a second after the
 * passphrase is in; `cold` runs submit at once (the worker may still be settling in).
 */
export async function measureRevealTiming(runs = 5): Promise<RevealTiming> {
  const srv = await startServerOn(pglite);
  const browser = await launchChromium();
  try {
    const one = async (pauseMs: number) => {
      const share = await createShare({
        value: 'benchmark secret\nsecond line ✓',
        expiresIn: 3600,
        maxViews: 1,
        maxAttempts: 1,
        publicUrl: srv.url,
      });
      await srv.client.secret.create.mutate(share.request);
      const page = await browser.context.newPage();
      try {
        await page.goto(share.link);
        await page.waitForSelector('[data-testid="state-ready"]');
        await page.getByTestId('passphrase').fill(share.passphrase);
        await page.waitForFunction(() =>
          document
            .querySelector('[data-testid="passphrase-summary"]')
            ?.textContent?.includes('all recognised'),
        );
        if (pauseMs) await page.waitForTimeout(pauseMs);
        // From the click event to the secret in the DOM, timed in the page: Playwright's own
        // polling for a selector adds up to half a second of its own on this machine.
        await page.evaluate(`(() => {
          const t = (window.__bench = {});
          document.addEventListener('click', () => { t.click = performance.now(); }, true);
          new MutationObserver(() => {
            if (!t.shown && document.querySelector('[data-testid="secret-value"]')) t.shown = performance.now();
          }).observe(document.body, { subtree: true, childList: true });
        })()`);
        await page.getByTestId('reveal').click();
        await page.waitForSelector('[data-testid="state-revealed"]');
        const clickToVisible = (await page.evaluate(
          'window.__bench.shown - window.__bench.click',
        )) as number;
        // No helper functions inside: tsx would wrap them in a __name() the page lacks.
        const t = await page.evaluate(
          (names) => names.map((n) => performance.getEntriesByName(n, 'mark')[0]!.startTime),
          [MARK.start, MARK.derived, MARK.fetched, MARK.decrypted],
        );
        const [start, derived, fetched, decrypted] = t as [number, number, number, number];
        const m = {
          total: decrypted - start,
          derive: derived - start,
          reveal: fetched - derived,
          decrypt: decrypted - fetched,
        };
        return { ...m, clickToVisible };
      } finally {
        await page.close();
      }
    };

    await one(1000); // warm the browser process and the server once, not counted
    const typed = [];
    for (let i = 0; i < runs; i++) typed.push(await one(1000));
    const cold = [];
    for (let i = 0; i < runs; i++) cold.push(await one(0));
    const r1 = (x: number) => +x.toFixed(1);
    const msEach = typed.map((r) => r1(r.total));
    return {
      kdf: { m: KDF.default.m, t: KDF.default.t, p: KDF.default.p },
      runs,
      msEach,
      medianMs: r1(median(msEach)),
      minMs: Math.min(...msEach),
      maxMs: Math.max(...msEach),
      medianParts: {
        deriveMs: r1(median(typed.map((r) => r.derive))),
        revealMs: r1(median(typed.map((r) => r.reveal))),
        decryptMs: r1(median(typed.map((r) => r.decrypt))),
      },
      medianClickToVisibleMs: r1(median(typed.map((r) => r.clickToVisible))),
      coldMedianMs: r1(median(cold.map((r) => r.total))),
      targetMs: TIME_TARGET_MS,
      chromium: browser.context.browser()?.version() ?? 'unknown',
    };
  } finally {
    await browser.close();
    await srv.close();
  }
}

export interface PageBench {
  weight: PageWeight;
  /** The request page (/r/<id>): the same budget as the recipient page. */
  respondWeight: PageWeight;
  timing: RevealTiming;
}

export async function benchPage(opts: { build?: boolean; runs?: number } = {}): Promise<PageBench> {
  if (opts.build !== false) {
    const { build } = await import('vite');
    await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'warn' });
  }
  const weight = measurePageWeight();
  const respondWeight = measurePageWeight(DEFAULT_PAGE_DIR, 'respond');
  const timing = await measureRevealTiming(opts.runs ?? 5);
  return { weight, respondWeight, timing };
}

function printWeight(title: string, weight: PageWeight): void {
  console.log(`\n${title} weight (gzip -6 per file; -9 in brackets)`);
  for (const f of weight.files) {
    console.log(
      `  ${f.file.padEnd(34)} ${kb(f.bytes).toString().padStart(6)} KB raw  ${kb(f.gzip).toString().padStart(5)} KB gz  (${kb(f.gzip9)})`,
    );
  }
  console.log(
    `  JS ${kb(weight.jsGzip)} KB + CSS ${kb(weight.cssGzip)} KB = ${weight.totalKB} KB gzipped (target < ${weight.targetKB} KB: ${weight.totalKB < weight.targetKB ? 'met' : 'MISSED'}); wordlist alone ${kb(weight.wordlistGzip)} KB; zod in bundle: ${weight.containsZod ? 'YES' : 'no'}`,
  );
  if (weight.lazy.length) {
    console.log(`  loaded only on demand: ${weight.lazy.join(', ')} (${weight.lazyKB} KB gz)`);
  }
}

export function printPageBench({ weight, respondWeight, timing }: PageBench): void {
  printWeight('Recipient page', weight);
  printWeight('Request page', respondWeight);
  const { kdf, medianParts: p } = timing;
  console.log(
    `\nPassphrase to plaintext in Chromium ${timing.chromium} (m=${kdf.m} KiB, t=${kdf.t}, p=${kdf.p}; fresh tab each run)`,
  );
  console.log(
    `  median ${timing.medianMs} ms of ${timing.runs} (${timing.msEach.join(', ')}); target < ${timing.targetMs} ms: ${timing.medianMs < timing.targetMs ? 'met' : 'MISSED'}`,
  );
  console.log(
    `  parts (medians): derive ${p.deriveMs} ms, reveal call ${p.revealMs} ms, decrypt ${p.decryptMs} ms`,
  );
  console.log(`  click to the secret in the page: median ${timing.medianClickToVisibleMs} ms`);
  console.log(`  submitted at once, no pause for typing: median ${timing.coldMedianMs} ms`);
}

if (isEntryPoint(import.meta.url)) {
  const result = await benchPage({
    build: !flag('no-build'),
    runs: Number(option('runs') ?? 5),
  });
  printPageBench(result);
  const out = option('out') ?? join(ROOT, 'tests/artifacts/bench/page.json');
  await writeJson(out, { at: new Date().toISOString(), ...result });
  console.log(`\nwrote ${out}`);
}
