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

/**
 * Firefox's `browser_specific_settings`. The data-collection declaration is what Firefox
 * asks consent for at install: a share sends what the user typed or selected (often a password
 * or a message for one person) to the server, sealed so that the server cannot read it. That is
 * still a transmission of it, so it is declared rather than claimed as "none".
 */
export function firefoxSettings() {
  return {
    gecko: {
      id: geckoId(),
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['authenticationInfo', 'personalCommunications'] },
    },
    // The declaration needs Firefox for Android 142; older ones would ignore it.
    gecko_android: { strict_min_version: '142.0' },
  };
}
