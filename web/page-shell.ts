// What every web page's index.html (web/home, web/recipient, web/respond) has in common: the
// head's meta tags and entry script, the site header, and the card that a browser without
// JavaScript shows around the page's own <noscript> sentence. Written once here; the build
// (web/vite.config.ts) puts it in where a page says <!-- shell:head --> and <!-- shell:header -->
// and around its <noscript>, as plain text, so the built pages hold the exact slots the backend
// fills in (backend/http/brand.ts, home-page.ts).

const HEAD = [
  '<meta charset="utf-8" />',
  '<meta name="viewport" content="width=device-width, initial-scale=1" />',
  '<meta name="robots" content="noindex, nofollow" />',
  '<meta name="referrer" content="no-referrer" />',
  '<meta name="color-scheme" content="light dark" />',
  '<meta name="application-name" content="oncelink" />',
  '<link rel="icon" href="data:," />',
  // Every page's entry is the main.tsx beside it (a module: it runs after the page is parsed).
  '<script type="module" src="./main.tsx"></script>',
];

const HEADER = [
  '<header class="site-header">',
  '  <span class="brand">oncelink</span>',
  '  <span class="tagline" data-i18n="common:page.tagline">one secret, one person, once</span>',
  '</header>',
];

const NOSCRIPT = (sentence: string[]) => [
  '<noscript>',
  '  <section class="card">',
  '    <h1>This page needs JavaScript</h1>',
  '    <p>',
  ...sentence.map((l) => `      ${l}`),
  '    </p>',
  '  </section>',
  '</noscript>',
];

const indented = (indent: string, lines: string[]) => lines.map((l) => indent + l).join('\n');

/** A page's source with the shared parts in it, each line at the indent of what it replaces. */
export function withPageShell(html: string): string {
  return html
    .replace(/^( *)<!-- shell:head[^>]*-->$/m, (_, indent: string) => indented(indent, HEAD))
    .replace(/^( *)<!-- shell:header[^>]*-->$/m, (_, indent: string) => indented(indent, HEADER))
    .replace(/^( *)<noscript>\n([^]*?)\n *<\/noscript>$/m, (_, indent: string, text: string) =>
      indented(indent, NOSCRIPT(text.split('\n').map((l) => l.trim()))),
    );
}
