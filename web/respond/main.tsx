// Entry of the request page (served at /r/<id>; the public key and note key are in the #fragment).
import { respond } from '../../shared/i18n/surfaces/respond';
import { renderPage } from '../ui/page-language';
import { createRequestApi } from './api';
import { App } from './app';
import '../ui/page.css';
import '../ui/generate.css';
import './respond.css';

renderPage([respond], <App api={createRequestApi(location.origin)} />);
