// The parts of the home page around the tools: what oncelink is, where to get the extension and
// the command line (the operator's store links, else how to build and load them), and an honest
// word on what trusting a web page means.
import type { HomeSettings } from './settings';

export function Intro(props: { name: string }) {
  return (
    <section class="card intro" aria-labelledby="intro-title">
      <h1 id="intro-title">Hand one secret to one person, once</h1>
      <p class="lead">
        {props.name} encrypts a password or a note in your browser and gives you a link and a
        passphrase to send over two different channels.
      </p>
      <p class="lead">The server keeps only ciphertext, and burns it the moment it is read.</p>
    </section>
  );
}

function Store(props: { href: string; browser: string; testid: string }) {
  return (
    <a class="button" href={props.href} rel="noopener noreferrer" data-testid={props.testid}>
      Get it for {props.browser}
    </a>
  );
}

export function GetClients(props: { settings: HomeSettings; origin: string }) {
  const { chrome, firefox } = props.settings;
  return (
    <section class="card" aria-labelledby="clients-title" data-testid="get-clients">
      <h2 id="clients-title">The extension and the command line</h2>
      <p>
        The browser extension shares a selection with a right-click and tells you when a share is
        read; the <code>oncelink</code> command does the same from a terminal.
      </p>
      {chrome || firefox ? (
        <div class="actions store-links" data-testid="store-links">
          {chrome && <Store href={chrome} browser="Chrome" testid="store-chrome" />}
          {firefox && <Store href={firefox} browser="Firefox" testid="store-firefox" />}
        </div>
      ) : (
        <div data-testid="build-steps">
          <p class="label">Build and load the extension</p>
          <ol class="how">
            <li>
              In a checkout of oncelink: <code>ONCELINK_SERVER={props.origin} npm run build</code>
            </li>
            <li>
              Chrome: <code>chrome://extensions</code> → Developer mode → Load unpacked →{' '}
              <code>.output/chrome-mv3</code>
            </li>
            <li>
              Firefox: <code>about:debugging</code> → This Firefox → Load Temporary Add-on →{' '}
              <code>.output/firefox-mv3/manifest.json</code>
            </li>
          </ol>
        </div>
      )}
      <p class="label">The command line</p>
      <pre class="how">
        <code>{`npm link   # in the checkout: puts oncelink on your PATH
oncelink server ${props.origin}
printf '%s' "$SECRET" | oncelink share --expires 1h`}</code>
      </pre>
    </section>
  );
}

export function TrustNote() {
  return (
    <section class="card trust" aria-labelledby="trust-title" data-testid="trust-note">
      <h2 id="trust-title">What this page asks you to trust</h2>
      <p>
        Everything is encrypted in this browser, but in a web page the code itself comes from the
        server, fresh on every visit: a server that turned hostile could send code that leaks what
        you type. The extension and the command line are installed once and run their own code, so
        they do not need that trust. For what matters most, use them.
      </p>
    </section>
  );
}
