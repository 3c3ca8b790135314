// The web pages: Preact, built into static hashed assets (dist/page) that the backend serves:
// the home page at / (web/home), the recipient page at /s/<id> (web/recipient) and the request
// page at /r/<id> (web/respond), each dist/page/<name>/index.html, sharing dist/page/assets.
// `npm run build:page`.
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { withPageShell } from './page-shell';

/** The pages' common head and header (page-shell.ts), in before Vite reads a page. */
const pageShell: Plugin = {
  name: 'oncelink-page-shell',
  transformIndexHtml: { order: 'pre', handler: withPageShell },
};

const page = (name: string) => fileURLToPath(new URL(`./${name}/index.html`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  publicDir: false,
  plugins: [pageShell, preact()],
  build: {
    outDir: fileURLToPath(new URL('../dist/page', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    sourcemap: false,
    // Every asset a file of its own: nothing inlined as data: URLs.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
    // Preloading is the pages' own business; no inline polyfill (the CSP forbids inline scripts).
    modulePreload: false,
    rolldownOptions: {
      input: { home: page('home'), recipient: page('recipient'), respond: page('respond') },
      treeshake: {
        // tRPC's dist modules only define things, but declare no `sideEffects`, so without this
        // the bundle keeps code the page never uses (WebSocket and batching links): 1.2 KB gzipped.
        moduleSideEffects: (id: string) => !/[\\/]node_modules[\\/]@trpc[\\/]/.test(id),
      },
    },
  },
  // protocol.worker.ts and share.worker.ts are started with { type: 'module' }.
  worker: { format: 'es' },
});
