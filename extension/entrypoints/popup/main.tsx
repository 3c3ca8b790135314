import { render } from 'preact';
import { Popup } from '../../ui/Popup';
import '../../ui/app.css';

render(<Popup />, document.getElementById('app')!);
