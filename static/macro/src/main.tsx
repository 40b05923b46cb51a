import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyTheme } from '../../shared/theme';
import { MacroApp } from './MacroApp';

void applyTheme();

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <MacroApp />
    </StrictMode>,
  );
}
