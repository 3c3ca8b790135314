import { render } from 'preact';
import { OpenWindow } from '../../ui/OpenWindow';
import '../../../web/ui/page.css';

render(<OpenWindow />, document.getElementById('app')!);
