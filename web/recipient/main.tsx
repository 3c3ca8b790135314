// Entry of the recipient page (served at /s/<id>; the key is in the #fragment).
import { render } from 'preact';
import { createApi } from './api';
import { App } from './app';
import { createProtocolWorker } from './protocol-worker-client';
import '../ui/page.css';

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App api={createApi(location.origin)} worker={createProtocolWorker()} />, root);
}
