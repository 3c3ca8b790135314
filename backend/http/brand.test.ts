import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withPageShell } from '../../web/page-shell';
import { loadConfig } from '../config';
import { accentCss, contrast, escapeHtml, loadBrand, SLOTS, supportLink } from './brand';

const SOURCE_PAGE = withPageShell(
  readFileSync(new URL('../../web/recipient/index.html', import.meta.url), 'utf8'),
);

describe('branding', () => {
  it('unset: oncelink as it is', () => {
    expect(loadBrand(loadConfig({}))).toBeNull();
  });

  it('the page has every slot the brand fills in', () => {
    for (const [slot, text] of Object.entries(SLOTS)) {
      expect(SOURCE_PAGE.split(text).length - 1, slot).toBe(1);
    }
  });

  it('writes name and support contact in as escaped text, and links the accent stylesheet', () => {
    const brand = loadBrand(
      loadConfig({
        BRAND_NAME: 'Acme <script>"&\'',
        BRAND_ACCENT: '#0a7d5a',
        BRAND_SUPPORT: 'https://acme.example/help?q="x"',
      }),
    )!;
    const { html, missing } = brand.transformIndex(SOURCE_PAGE);
    expect(missing).toEqual([]);
    const name = 'Acme &lt;script&gt;&quot;&amp;&#39;';
    expect(html).toContain(`<span class="brand">${name}</span>`);
    expect(html).toContain(`<title>A one-time secret · ${name}</title>`);
    expect(html).toContain(`<meta name="application-name" content="${name}" />`);
    expect(html).not.toContain('<script>"');
    expect(html).toMatch(
      /<a href="https:\/\/acme\.example\/help\?q=%22x%22" target="_blank" rel="noopener noreferrer">acme\.example\/help\?q=%22x%22<\/a>/,
    );
    const css = [...brand.files.keys()].find((k) => k.endsWith('.css'))!;
    expect(css).toMatch(/^accent\.[A-Za-z0-9]{12}\.css$/);
    expect(html).toContain(`<link rel="stylesheet" href="/brand/${css}" />`);
    // Still nothing inline.
    expect(html).not.toMatch(/\sstyle=|<style|\son[a-z]+=/i);
  });

  it('support: an e-mail address or an https URL, nothing else', () => {
    expect(supportLink('help@acme.example')).toEqual({
      href: 'mailto:help@acme.example',
      text: 'help@acme.example',
    });
    expect(supportLink('https://acme.example/')).toEqual({
      href: 'https://acme.example/',
      text: 'acme.example',
    });
    for (const bad of [
      'http://acme.example',
      'javascript:alert(1)',
      'https://u:p@acme.example',
      'help@acme',
      'a b@acme.example',
      '"><script>@x.example',
    ]) {
      expect(supportLink(bad), bad).toBeNull();
    }
  });

  it('the accent keeps readable text and stands out from the card in both schemes', () => {
    for (const colour of ['#0a7d5a', '#ffcc00', '#000000', '#ffffff', '#1f4fd1', '#7f7f7f']) {
      const css = accentCss(colour);
      const [light, dark] = css.split('@media') as [string, string];
      for (const [block, card] of [
        [light, '#ffffff'],
        [dark, '#171a20'],
      ] as const) {
        const get = (v: string) => new RegExp(`${v}: (#[0-9a-f]{6});`).exec(block)![1]!;
        expect(contrast(get('--accent'), get('--accent-text')), colour).toBeGreaterThanOrEqual(4.5);
        expect(contrast(get('--accent'), card), colour).toBeGreaterThanOrEqual(3);
        expect(
          contrast(get('--accent-hover'), get('--accent-text')),
          colour,
        ).toBeGreaterThanOrEqual(4.5);
      }
    }
    // A colour that already stands out is used as given.
    expect(accentCss('#0a7d5a')).toContain('--accent: #0a7d5a;');
  });

  it('escapes all five HTML specials', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
