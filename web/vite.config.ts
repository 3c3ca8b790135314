// The web pages: Preact, built into static hashed assets (dist/page) that the backend serves.
// Today one page, the recipient page at /s/<id> (web/recipient). `npm run build:page`.
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./recipient', import.meta.url)),
  base: '/',
  publicDir: false,
  plugins: [preact()],
  build: {
    outDir: fileURLToPath(new URL('../dist/page', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    target: 'es2022',
    sourcemap: false,
    // Every asset a file of its own: nothing inlined as data: URLs.
    assetsInlineLimit: 0,
    reportCompressedSize: true,
    // One entry, no dynamic imports: nothing to preload, so no preload polyfill either.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      treeshake: {
        // tRPC's dist modules only define things, but declare no `sideEffects`, so without this
        // the bundle keeps code the page never uses (WebSocket and batching links): 1.2 KB gzipped.
        moduleSideEffects: (id: string) => !/[\\/]node_modules[\\/]@trpc[\\/]/.test(id),
      },
    },
  },
  // protocol.worker.ts is started with { type: 'module' }.
  worker: { format: 'es' },
});
