import { render } from 'solid-js/web';
import { App } from './app/App';
import './styles/base.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html is missing the #root element');

render(() => <App />, root);
