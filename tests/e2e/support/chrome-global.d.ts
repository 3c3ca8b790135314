// Code passed to `worker.evaluate(...)` runs in the extension's service worker, where `chrome`
// is the extension API. This gives those callbacks its types (WXT's typing of the same API).
import type { browser } from 'wxt/browser';

declare global {
  const chrome: typeof browser;
}
