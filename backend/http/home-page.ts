// What the home page (web/home) must know of the operator's configuration: whether it may share
// (WEB_SHARE) and where the extension is (EXTENSION_URL_*). Written into the built index.html as
// meta tags, escaped, so the page's policy does not move (no inline script); the page reads them.
import { escapeHtml } from './brand';

/** The slots of web/home/index.html, exactly as built. */
export const HOME_SLOTS = {
  webShare: '<meta name="oncelink:web-share" content="on" />',
  chrome: '<meta name="oncelink:extension-chrome" content="" />',
  firefox: '<meta name="oncelink:extension-firefox" content="" />',
} as const;

export interface HomeSettings {
  WEB_SHARE: 'on' | 'off';
  EXTENSION_URL_CHROME?: string | undefined;
  EXTENSION_URL_FIREFOX?: string | undefined;
}

/** The home page's index.html with the settings in it; `missing` names slots the page lacks. */
export function writeHomeSettings(html: string, s: HomeSettings) {
  const missing: string[] = [];
  let out = html;
  const put = (slot: keyof typeof HOME_SLOTS, name: string, value: string) => {
    if (!out.includes(HOME_SLOTS[slot])) return void missing.push(slot);
    const tag = `<meta name="oncelink:${name}" content="${escapeHtml(value)}" />`;
    out = out.replace(HOME_SLOTS[slot], () => tag);
  };
  put('webShare', 'web-share', s.WEB_SHARE);
  put('chrome', 'extension-chrome', s.EXTENSION_URL_CHROME ?? '');
  put('firefox', 'extension-firefox', s.EXTENSION_URL_FIREFOX ?? '');
  return { html: out, missing };
}
