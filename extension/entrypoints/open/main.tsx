import { render } from 'preact';
import { Localized } from '../../ui/i18n';
import { OpenWindow } from '../../ui/OpenWindow';
import '../../../web/ui/page.css';

render(
  <Localized>
    <OpenWindow />
  </Localized>,
  document.getElementById('app')!,
);
