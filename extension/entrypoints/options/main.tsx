import { render } from 'preact';
import { Localized } from '../../ui/i18n';
import { OptionsPage } from '../../ui/OptionsPage';
import '../../ui/app.css';

render(
  <Localized>
    <OptionsPage />
  </Localized>,
  document.getElementById('app')!,
);
