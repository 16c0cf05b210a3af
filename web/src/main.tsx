import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles.css';

const root = document.getElementById('app');
if (!root) throw new Error('The page has no #app element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
