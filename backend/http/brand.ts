// Operator branding of the recipient page (BRAND_NAME, BRAND_LOGO, BRAND_ACCENT, BRAND_SUPPORT).
// The page's policy does not move: the server writes the name, logo and support contact into the
// built index.html as plain markup (escaped), the logo is a file of this origin, and the accent
// colour is a stylesheet of this origin. No inline script or style, no other origin.
// Logo and stylesheet URLs carry a hash of their content, so they are cached for good and a
// change of configuration is seen at once.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';

export const LOGO_MAX_BYTES = 256 * 1024;

export const LOGO_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};

/** Why a logo file is refused, or null when it is fine (config.ts calls this at start). */
export function checkLogo(path: string, body: Buffer): string | null {
  const ext = extname(path).toLowerCase();
  if (!LOGO_TYPES[ext]) return 'must be a .png, .svg or .webp file';
  if (body.length === 0) return 'is empty';
  if (body.length > LOGO_MAX_BYTES) {
    return `is ${body.length} bytes; at most ${LOGO_MAX_BYTES} (256 KiB)`;
  }
  const head = body.subarray(0, 12);
  if (ext === '.png' && !head.subarray(0, 8).equals(Buffer.from('89504e470d0a1a0a', 'hex'))) {
    return 'is not a PNG image';
  }
  if (
    ext === '.webp' &&
    !(head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP')
  ) {
    return 'is not a WebP image';
  }
  if (ext === '.svg' && !/<svg[\s>]/i.test(body.subarray(0, 4096).toString('utf8'))) {
    return 'is not an SVG image (no <svg> element)';
  }
  return null;
}

/** BRAND_SUPPORT: an e-mail address or an https URL. */
export function supportLink(value: string): { href: string; text: string } | null {
  if (/^[^\s@<>"'(),;:\\]+@[^\s@<>"'(),;:\\]+\.[a-z]{2,}$/i.test(value)) {
    return { href: `mailto:${value}`, text: value };
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  const text = (url.host + url.pathname).replace(/\/$/, '') + url.search;
  return { href: url.href, text };
}

// ── colours ─────────────────────────────────────────────────────────────────

type Rgb = [number, number, number];

const hex = (c: string): Rgb => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) as Rgb;
const toHex = (c: Rgb) => `#${c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
const mix = (a: Rgb, b: Rgb, t: number): Rgb => a.map((v, i) => v + (b[i]! - v) * t) as Rgb;

function luminance(c: Rgb): number {
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, 1–21. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(hex(a)), luminance(hex(b))].sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
/** The page's card backgrounds (styles.css), light and dark. */
const CARD = { light: '#ffffff', dark: '#171a20' };
const TEXT_ON = { light: '#ffffff', dark: '#0b1020' };

/** The colour moved towards `to` until it stands out from `bg` (3:1, WCAG's non-text contrast). */
function standOut(colour: string, bg: string, to: Rgb): string {
  let c = colour;
  for (let t = 0.1; contrast(c, bg) < 3 && t <= 1; t += 0.1) c = toHex(mix(hex(colour), to, t));
  return c;
}

function accentVars(colour: string, scheme: 'light' | 'dark'): Record<string, string> {
  const accent = standOut(colour, CARD[scheme], scheme === 'light' ? BLACK : WHITE);
  // Button text: whichever of light or dark text reads better on the accent (always ≥ 4.5:1).
  const text =
    contrast(accent, TEXT_ON.light) >= contrast(accent, TEXT_ON.dark)
      ? TEXT_ON.light
      : TEXT_ON.dark;
  // Hovering moves away from the text colour, so the label stays as readable.
  const hover = toHex(mix(hex(accent), text === TEXT_ON.light ? BLACK : WHITE, 0.18));
  return { '--accent': accent, '--accent-hover': hover, '--accent-text': text, '--focus': accent };
}

export function accentCss(colour: string): string {
  const block = (vars: Record<string, string>) =>
    Object.entries(vars)
      .map(([k, v]) => `  ${k}: ${v};`)
      .join('\n');
  return (
    `/* BRAND_ACCENT ${colour} */\n:root {\n${block(accentVars(colour, 'light'))}\n}\n` +
    `@media (prefers-color-scheme: dark) {\n:root {\n${block(accentVars(colour, 'dark'))}\n}\n}\n`
  );
}

// ── the page ────────────────────────────────────────────────────────────────

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

interface BrandFile {
  type: string;
  body: Buffer;
}

export interface Brand {
  /** The built index.html with the brand in it; `missing` names slots the page lacks. */
  transformIndex(html: string): { html: string; missing: string[] };
  /** The files served at /brand/<name>: the logo and the accent stylesheet. */
  files: Map<string, BrandFile>;
}

/** The slots of web/recipient/index.html the brand fills in. */
export const SLOTS = {
  appName: '<meta name="application-name" content="oncelink" />',
  title: ' · oncelink</title>',
  name: '<span class="brand">oncelink</span>',
  head: '</head>',
  footer: '</footer>',
} as const;

const shortHash = (b: Buffer | string) =>
  createHash('sha256').update(b).digest('base64url').slice(0, 12).replace(/[-_]/g, 'x');

/** The BRAND_* settings, as config.ts has checked them (with checkLogo and supportLink above). */
export interface BrandSettings {
  BRAND_NAME?: string;
  BRAND_LOGO?: string;
  BRAND_ACCENT?: string;
  BRAND_SUPPORT?: string;
}

/** The branding the configuration asks for, or null for oncelink's own look. */
export function loadBrand(config: BrandSettings): Brand | null {
  const { BRAND_NAME, BRAND_LOGO, BRAND_ACCENT, BRAND_SUPPORT } = config;
  if (!BRAND_NAME && !BRAND_LOGO && !BRAND_ACCENT && !BRAND_SUPPORT) return null;

  const files = new Map<string, BrandFile>();
  let logoUrl: string | null = null;
  if (BRAND_LOGO) {
    const body = readFileSync(BRAND_LOGO);
    const ext = extname(BRAND_LOGO).toLowerCase();
    const name = `logo.${shortHash(body)}${ext}`;
    files.set(name, { type: LOGO_TYPES[ext]!, body });
    logoUrl = `/brand/${name}`;
  }
  let cssUrl: string | null = null;
  if (BRAND_ACCENT) {
    const css = accentCss(BRAND_ACCENT);
    const name = `accent.${shortHash(css)}.css`;
    files.set(name, { type: 'text/css; charset=utf-8', body: Buffer.from(css) });
    cssUrl = `/brand/${name}`;
  }
  const support = BRAND_SUPPORT ? supportLink(BRAND_SUPPORT) : null;

  return {
    files,
    transformIndex(input) {
      let html = input;
      const missing: string[] = [];
      const put = (slot: keyof typeof SLOTS, replacement: string) => {
        if (!html.includes(SLOTS[slot])) return void missing.push(slot);
        html = html.replace(SLOTS[slot], () => replacement);
      };
      const name = BRAND_NAME ? escapeHtml(BRAND_NAME) : null;
      if (name) {
        put('appName', `<meta name="application-name" content="${name}" />`);
        put('title', ` · ${name}</title>`);
      }
      if (name || logoUrl) {
        // The name follows the logo as text, so the image itself is decorative (alt="").
        const logo = logoUrl ? `<img class="brand-logo" src="${logoUrl}" alt="" />` : '';
        put('name', `<span class="brand">${logo}${name ?? 'oncelink'}</span>`);
      }
      if (cssUrl) put('head', `  <link rel="stylesheet" href="${cssUrl}" />\n  </head>`);
      if (support) {
        put(
          'footer',
          `  <p class="support" data-testid="support">Questions? Contact ` +
            `<a href="${escapeHtml(support.href)}"${support.href.startsWith('https:') ? ' target="_blank"' : ''} rel="noopener noreferrer">` +
            `${escapeHtml(support.text)}</a>.</p>\n    </footer>`,
        );
      }
      return { html, missing };
    },
  };
}

/** Routes for /brand/<file>: the logo and the accent stylesheet, cached for good. */
export function createBrandRoutes(brand: Brand | null, headers: Record<string, string>) {
  return function brandRoutes(req: IncomingMessage, res: ServerResponse): boolean {
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    if (!path.startsWith('/brand/')) return false;
    const file = brand?.files.get(path.slice('/brand/'.length));
    const head = req.method === 'HEAD';
    if (!file || (req.method !== 'GET' && !head)) {
      const text = 'not found\n';
      res.writeHead(404, {
        ...headers,
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
        'content-length': Buffer.byteLength(text),
      });
      res.end(head ? undefined : text);
      return true;
    }
    res.writeHead(200, {
      ...headers,
      'content-type': file.type,
      'cache-control': 'public, max-age=31536000, immutable',
      'content-length': file.body.length,
    });
    res.end(head ? undefined : file.body);
    return true;
  };
}
