import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { themeThen } from '../../shared/theme';
import { PanelApp } from './PanelApp';

themeThen(() => {
  const root = document.getElementById('root');
  if (root === null) return;
  createRoot(root).render(
    <StrictMode>
      <PanelApp />
    </StrictMode>,
  );
});
