import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ExplorerApp } from './explorer-app.js';
import './styles.css';

const container = document.getElementById('app');
if (container)
  createRoot(container).render(
    <StrictMode>
      <ExplorerApp />
    </StrictMode>,
  );
