// Build-time settings, read in Node by wxt.config.ts and vitest.config.ts (never bundled).

/** The server new installs talk to: ONCELINK_SERVER at build time, e.g. https://oncelink.example. */
export function defaultServer(): string {
  return (process.env.ONCELINK_SERVER ?? 'http://localhost:8787').replace(/\/+$/, '');
}

/**
 * Firefox needs a stable add-on id for MV3 store submissions; set ONCELINK_GECKO_ID to the id
 * registered on addons.mozilla.org (the default is a placeholder in the same form).
 */
export function geckoId(): string {
  return process.env.ONCELINK_GECKO_ID ?? 'oncelink@oncelink.dev';
}

/** Compile-time constants of the extension's code (extension/lib/env.d.ts declares them). */
export function extensionDefines(): Record<string, string> {
  return { __ONCELINK_SERVER__: JSON.stringify(defaultServer()) };
}
