import { browser } from 'wxt/browser';

export function Header({ server }: { server: string | null }) {
  return (
    <header class="bar">
      <img src={browser.runtime.getURL('/icon/32.png')} alt="" />
      <h1>oncelink</h1>
      {server && (
        <span class="server" title={server} data-testid="header-server">
          {new URL(server).host}
        </span>
      )}
    </header>
  );
}
