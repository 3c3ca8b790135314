// Entry of the request page (served at /r/<id>; the public key and note key are in the #fragment).
import { render } from 'preact';
import { respond } from '../../shared/i18n/surfaces';
import { LanguagePicker, WordsProvider } from '../ui/language';
import { speakPage } from '../ui/page-language';
import { createRequestApi } from './api';
import { App } from './app';
import '../ui/page.css';
import '../ui/generate.css';
import './respond.css';

const root = document.getElementById('app');
const picker = document.getElementById('language');
if (root) {
  const api = createRequestApi(location.origin);
  root.textContent = '';
  void speakPage([respond], (words, choose) => {
    render(
      <WordsProvider value={words}>
        <App api={api} />
      </WordsProvider>,
      root,
    );
    if (picker) {
      render(
        <WordsProvider value={words}>
          <LanguagePicker onChoose={choose} />
        </WordsProvider>,
        picker,
      );
    }
  });
}
