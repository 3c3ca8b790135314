// Entry of the request page (served at /r/<id>; the public key and note key are in the #fragment).
import { render } from 'preact';
import { createRequestApi } from './api';
import { App } from './app';
import { browserLocale, loadTranslator, TranslateProvider } from './i18n';
import '../ui/page.css';
import '../ui/generate.css';
import './respond.css';

const root = document.getElementById('app');
if (root) {
  void loadTranslator(browserLocale()).then((t) => {
    root.textContent = '';
    render(
      <TranslateProvider value={t}>
        <App api={createRequestApi(location.origin)} />
      </TranslateProvider>,
      root,
    );
  });
}
