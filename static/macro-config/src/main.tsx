import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { themeThen } from '../../shared/theme';
import { ConfigApp } from './ConfigApp';

themeThen(() => {
  const root = document.getElementById('root');
  if (root === null) return;
  createRoot(root).render(
    <StrictMode>
      <ConfigApp />
    </StrictMode>,
  );
});
