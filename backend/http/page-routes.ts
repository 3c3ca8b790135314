// The web pages: GET/HEAD / answers the home page, /s/<id> the built recipient page and /r/<id>
// the request page (for any id: the page validates the link itself, and the server must not tell
// ids apart by its answer), and /assets/<file> the hashed files Vite made. Serving the page spends nothing and reads no
// database: a link preview, a mail scanner or a reload leaves the secret as it was.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Logger } from 'pino';

/**
 * The nearest directory at or above `from` holding a package.json: the repository when this runs
 * from source (backend/http/), the installed package when it runs bundled (dist/server/).
 */
export function packageRoot(from: string): string | null {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}

/** Where `npm run build:page` writes (web/vite.config.ts): dist/page of the package. */
export const DEFAULT_PAGE_DIR = join(
  packageRoot(dirname(fileURLToPath(import.meta.url))) ?? process.cwd(),
  'dist',
  'page',
);

/**
 * The page's policy: its own scripts and styles only, WASM compilation for Argon2id
 * ('wasm-unsafe-eval', which allows WebAssembly.compile and nothing like eval), its own API,
 * its own worker; no plugins, frames, forms posting elsewhere or <base> rewriting.
 * `img-src data:` is for the empty favicon (`<link rel="icon" href="data:,">`), which keeps
 * browsers from asking for /favicon.ico.
 */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every answer of these routes (assets too: a worker takes its CSP from its own response). */
export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': PAGE_CSP,
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-robots-tag': 'noindex, nofollow',
};

const PAGE_HEADERS: Record<string, string> = {
  ...SECURITY_HEADERS,
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
};

const IMMUTABLE = 'public, max-age=31536000, immutable';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};
const COMPRESSIBLE = new Set(['.js', '.css', '.svg', '.json']);

/** /s/<id> or /r/<id> with an optional trailing slash; the id's shape is the page's business. */
const PAGE_PATH = /^\/(s|r)\/[^/]+\/?$/;
/** Which built page answers each path segment (web/vite.config.ts writes <name>/index.html). */
const PAGES = { s: 'recipient', r: 'respond', '': 'home' } as const;
export type PageName = (typeof PAGES)[keyof typeof PAGES];
/** One file name, no directories: what Vite writes into assets/. */
const ASSET_PATH = /^\/assets\/([A-Za-z0-9][A-Za-z0-9._-]*)$/;

export const NOT_BUILT = 'web pages not built: run npm run build:page';

interface Asset {
  type: string;
  body: Buffer;
  gzip: Buffer | null;
}

export interface PageRoutesOptions {
  /** The built page (index.html and assets/); default dist/page at the repository root. */
  dir?: string | undefined;
  log: Logger;
  /** Rewrites a page's index.html once each time it is read from disk (operator branding). */
  transformIndex?: ((html: string, page: PageName) => string) | undefined;
}

/** Routes for createHttpServer's `extraRoutes`: true when the request was the page's. */
export function createPageRoutes(opts: PageRoutesOptions) {
  const dir = resolve(opts.dir ?? DEFAULT_PAGE_DIR);
  const assetsDir = join(dir, 'assets');
  const indexes = new Map<PageName, { mtimeMs: number; body: Buffer }>();
  let warned = false;
  // Hashed names never change content, so what was read once is kept (a few files, ~100 KB).
  const assets = new Map<string, Asset>();

  async function readIndex(name: PageName): Promise<Buffer | null> {
    const indexPath = join(dir, name, 'index.html');
    try {
      const s = await stat(indexPath);
      let index = indexes.get(name);
      if (!index || index.mtimeMs !== s.mtimeMs) {
        const body = await readFile(indexPath);
        index = {
          mtimeMs: s.mtimeMs,
          body: opts.transformIndex
            ? Buffer.from(opts.transformIndex(body.toString('utf8'), name))
            : body,
        };
        indexes.set(name, index);
      }
      return index.body;
    } catch {
      indexes.delete(name);
      if (!warned) {
        warned = true;
        opts.log.warn({ dir }, NOT_BUILT);
      }
      return null;
    }
  }

  async function readAsset(name: string): Promise<Asset | null> {
    const cached = assets.get(name);
    if (cached) return cached;
    const path = resolve(assetsDir, name);
    // The pattern already allows no separators or '..'; this makes it a rule, not a hope.
    if (!path.startsWith(assetsDir + sep)) return null;
    const ext = extname(name).toLowerCase();
    const type = TYPES[ext];
    if (!type) return null;
    let body: Buffer;
    try {
      body = await readFile(path);
    } catch {
      return null;
    }
    const gzip = COMPRESSIBLE.has(ext) && body.length > 1024 ? gzipSync(body) : null;
    const asset = { type, body, gzip };
    assets.set(name, asset);
    return asset;
  }

  return async function pageRoutes(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const path = new URL(req.url ?? '/', 'http://local').pathname;
    const pageOf = (path === '/' ? '' : PAGE_PATH.exec(path)?.[1]) as
      keyof typeof PAGES | undefined;
    const isPage = pageOf !== undefined;
    const asset = isPage ? null : ASSET_PATH.exec(path);
    if (!isPage && !asset && !path.startsWith('/assets/')) return false;

    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.writeHead(405, { ...SECURITY_HEADERS, allow: 'GET, HEAD', 'cache-control': 'no-store' });
      res.end();
      return true;
    }

    if (isPage) {
      const body = await readIndex(PAGES[pageOf]);
      if (!body) {
        const text = `${NOT_BUILT}\n`;
        res.writeHead(503, {
          ...SECURITY_HEADERS,
          'content-type': 'text/plain; charset=utf-8',
          'cache-control': 'no-store',
          'content-length': Buffer.byteLength(text),
        });
        res.end(head ? undefined : text);
        return true;
      }
      res.writeHead(200, { ...PAGE_HEADERS, 'content-length': body.length });
      res.end(head ? undefined : body);
      return true;
    }

    const found = asset ? await readAsset(asset[1]!) : null;
    if (!found) {
      const text = 'not found\n';
      res.writeHead(404, {
        ...SECURITY_HEADERS,
        'content-type': 'text/plain; charset=utf-8',
        'cache-control': 'no-store',
        'content-length': Buffer.byteLength(text),
      });
      res.end(head ? undefined : text);
      return true;
    }
    const gzip = found.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? found.gzip! : found.body;
    // Keep the server's own Vary (Origin, set with CORS headers) and add ours.
    const vary = [res.getHeader('vary'), found.gzip ? 'Accept-Encoding' : null].filter(Boolean);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': found.type,
      'cache-control': IMMUTABLE,
      'content-length': body.length,
      ...(vary.length ? { vary: vary.join(', ') } : {}),
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(head ? undefined : body);
    return true;
  };
}
