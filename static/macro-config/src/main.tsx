import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { applyTheme } from '../../shared/theme';
import { ConfigApp } from './ConfigApp';

void applyTheme();

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <ConfigApp />
    </StrictMode>,
  );
}
