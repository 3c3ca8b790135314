// Entry of the recipient page (served at /s/<id>; the key is in the #fragment).
import { recipient } from '../../shared/i18n/surfaces/recipient';
import { renderPage } from '../ui/page-language';
import { createApi } from './api';
import { App } from './app';
import { createProtocolWorker } from './protocol-worker-client';
import '../ui/page.css';

renderPage([recipient], <App api={createApi(location.origin)} worker={createProtocolWorker()} />);
