import { render } from 'preact';
import { ShareWindow } from '../../ui/ShareWindow';
import '../../ui/app.css';

render(<ShareWindow />, document.getElementById('app')!);
