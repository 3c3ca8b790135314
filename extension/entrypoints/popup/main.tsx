import { render } from 'preact';
import { Localized } from '../../ui/i18n';
import { Popup } from '../../ui/Popup';
import '../../ui/app.css';

render(
  <Localized>
    <Popup />
  </Localized>,
  document.getElementById('app')!,
);
