import { render } from 'preact';
import { OptionsPage } from '../../ui/OptionsPage';
import '../../ui/app.css';

render(<OptionsPage />, document.getElementById('app')!);
