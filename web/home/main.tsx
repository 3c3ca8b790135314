// Entry of the home page (served at /).
import { render } from 'preact';
import { createHomeApi } from './api';
import { App } from './app';
import { readHomeSettings } from './settings';
import '../ui/page.css';
import './home.css';

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(
    <App
      api={createHomeApi(location.origin)}
      settings={readHomeSettings()}
      origin={location.origin}
    />,
    root,
  );
}
