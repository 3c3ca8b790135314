// WXT builds the extension for Chrome and Firefox (Manifest V3) from extension/.
// Explicit imports (imports: false) keep every module's dependencies visible and let the root
// tsconfig typecheck the extension without WXT's generated globals.
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { extensionDefines, firefoxSettings } from './extension/build-config';
import { DEFAULT_LOCALE, localeFiles, MANIFEST_MESSAGES } from './extension/manifest-locales';

export default defineConfig({
  srcDir: 'extension',
  // In WXT 0.21 these two resolve from the repo root, not from srcDir (docs/extension.md#build-notes).
  publicDir: 'extension/public',
  modulesDir: 'extension/modules',
  imports: false,
  vite: () => ({
    plugins: [preact()],
    define: extensionDefines(),
    build: { target: 'es2022' },
  }),
  hooks: {
    // _locales/<lang>/messages.json, written from the catalogs (extension/manifest-locales.ts).
    'build:publicAssets': (_wxt, files) => void files.push(...localeFiles()),
  },
  zip: {
    // Firefox's store wants the sources that build the extension: not data, tests or outputs.
    excludeSources: ['data/**', 'dist/**', 'tests/**', 'coverage/**'],
  },
  manifest: ({ browser }) => ({
    name: MANIFEST_MESSAGES.name,
    description: MANIFEST_MESSAGES.description,
    default_locale: DEFAULT_LOCALE,
    // Each permission is used by one feature (docs/extension.md explains them); no host
    // permissions at install: a custom server's origin is requested when the user sets it.
    permissions: ['contextMenus', 'activeTab', 'scripting', 'storage', 'notifications', 'alarms'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'oncelink' },
    commands: {
      'share-selection': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: MANIFEST_MESSAGES.command,
      },
    },
    content_security_policy: {
      // hash-wasm runs Argon2id as WebAssembly, which MV3 blocks without 'wasm-unsafe-eval'.
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';",
    },
    // Chrome 116: AbortSignal.any, storage.session, optional host permissions. Firefox 140 (ESR)
    // is the first to show the data-collection consent declared below (docs/extension.md#firefox).
    ...(browser === 'firefox'
      ? { browser_specific_settings: firefoxSettings() }
      : { minimum_chrome_version: '116' }),
  }),
});
