// What no story may cause in Firefox, as page-stories.ts's watchPage records it in Chromium:
// script errors, CSP violations (as securitypolicyviolation events and console reports),
// dialogs, and requests leaving the server's origin. From BiDi events, for the whole browser.
import type { Firefox } from './firefox';
import type { FirefoxPage } from './firefox-page';

type Entry = { level?: string; type?: string; text?: string | null };

export interface FirefoxWatch {
  /** What went wrong since the last call (and in `pages`), and forget it. */
  take(pages: FirefoxPage[]): Promise<string[]>;
  stop(): void;
}

export async function watchFirefox(ff: Firefox, origin: string): Promise<FirefoxWatch> {
  let problems: string[] = [];
  await ff.bidi.send('session.subscribe', {
    events: ['log.entryAdded', 'network.beforeRequestSent', 'browsingContext.userPromptOpened'],
  });
  // Every document records its CSP violations where take() reads them.
  await ff.bidi.send('script.addPreloadScript', {
    functionDeclaration: `() => document.addEventListener('securitypolicyviolation', (e) => {
      (window.__csp ??= []).push(e.effectiveDirective + ' ' + e.blockedURI);
    })`,
  });
  const off = ff.bidi.on(({ method, params }) => {
    if (method === 'log.entryAdded') {
      const e = params as Entry;
      const text = e.text ?? '';
      if (e.type === 'javascript' && e.level === 'error') problems.push(`script error: ${text}`);
      else if (/Content.Security.Policy/i.test(text)) problems.push(text);
    } else if (method === 'network.beforeRequestSent') {
      const url = (params.request as { url: string }).url;
      const u = new URL(url);
      if (!['data:', 'about:', 'blob:'].includes(u.protocol) && u.origin !== origin) {
        problems.push(`left origin: ${url}`);
      }
    } else if (method === 'browsingContext.userPromptOpened') {
      problems.push(`dialog opened: ${String(params.message)}`);
      void ff.bidi.send('browsingContext.handleUserPrompt', {
        context: params.context,
        accept: false,
      });
    }
  });
  return {
    async take(pages) {
      const all = [...problems];
      problems = [];
      for (const page of pages) {
        const csp = await page
          .evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])
          .catch(() => []); // A page that closed itself (a window after Done) has nothing to say.
        all.push(...csp.map((v) => `CSP violation: ${v}`));
      }
      return all;
    },
    stop: off,
  };
}
