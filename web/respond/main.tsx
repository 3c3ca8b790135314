// Entry of the request page (served at /r/<id>; the public key and note key are in the #fragment).
import { render } from 'preact';
import { createRequestApi } from './api';
import { App } from './app';
import '../ui/page.css';
import '../ui/generate.css';
import './respond.css';

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App api={createRequestApi(location.origin)} />, root);
}
