import { browser } from 'wxt/browser';

export function Header({ server }: { server: string | null }) {
  return (
    <header class="bar">
      <img src={browser.runtime.getURL('/icon/32.png')} alt="" />
      <h1>oncelink</h1>
      {/* A host reads left to right in every language, Arabic's too. */}
      {server && (
        <span class="server" title={server} dir="ltr" data-testid="header-server">
          {new URL(server).host}
        </span>
      )}
    </header>
  );
}
