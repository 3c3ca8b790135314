// Settings in storage.local (they are not secret): the server and the default share options.
// Read through sanitizers, so a damaged or older stored value falls back to defaults instead
// of breaking the popup.
import { browser } from 'wxt/browser';
import {
  DEFAULT_SHARE_OPTIONS,
  sanitizeShareOptions,
  type ShareOptions,
} from '../../web/ui/share-options';
import { normalizeServerUrl } from './server-url';

export interface Settings {
  /** Where shares are created and links point to (origin plus any base path). */
  server: string;
  /** Prefill of every new share's options. */
  defaults: ShareOptions;
}

/** Set at build time from ONCELINK_SERVER (wxt.config.ts). */
export const DEFAULT_SERVER: string = __ONCELINK_SERVER__;

const KEY = 'settings';

export function defaultSettings(): Settings {
  return { server: DEFAULT_SERVER, defaults: { ...DEFAULT_SHARE_OPTIONS } };
}

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  let server = DEFAULT_SERVER;
  try {
    if (typeof stored?.server === 'string') server = normalizeServerUrl(stored.server);
  } catch {
    // A stored value that no longer passes the rules: the default is the safe choice.
  }
  return { server, defaults: sanitizeShareOptions(stored?.defaults) };
}

export async function saveSettings(settings: Settings): Promise<void> {
  const clean: Settings = {
    server: normalizeServerUrl(settings.server),
    defaults: sanitizeShareOptions(settings.defaults),
  };
  await browser.storage.local.set({ [KEY]: clean });
}
