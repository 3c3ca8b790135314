// What the server wrote into this page for the operator (backend/http/home-page.ts): whether the
// page may share, and where the extension is. Read from meta tags: no inline script.

export interface HomeSettings {
  webShare: boolean;
  /** Store pages of the extension; null: say how to build and load it. */
  chrome: string | null;
  firefox: string | null;
  /** The service's name: oncelink, or the operator's (BRAND_NAME). */
  name: string;
}

const meta = (name: string) =>
  document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim() ?? '';

/** Only https links are offered (the server checks too): a bad value shows no link. */
function httpsOrNull(value: string): string | null {
  try {
    return new URL(value).protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}

export function readHomeSettings(): HomeSettings {
  return {
    webShare: meta('oncelink:web-share') !== 'off',
    chrome: httpsOrNull(meta('oncelink:extension-chrome')),
    firefox: httpsOrNull(meta('oncelink:extension-firefox')),
    name: meta('application-name') || 'oncelink',
  };
}
