import { render } from 'preact';
import { Localized } from '../../ui/i18n';
import { ShareWindow } from '../../ui/ShareWindow';
import '../../ui/app.css';

render(
  <Localized>
    <ShareWindow />
  </Localized>,
  document.getElementById('app')!,
);
