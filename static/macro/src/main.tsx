import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { themeThen } from '../../shared/theme';
import { MacroApp } from './MacroApp';

themeThen(() => {
  const root = document.getElementById('root');
  if (root === null) return;
  createRoot(root).render(
    <StrictMode>
      <MacroApp />
    </StrictMode>,
  );
});
