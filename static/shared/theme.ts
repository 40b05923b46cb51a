import { enableHostTheme, loadHostContext } from './bridge';

/**
 * Light or dark: the host's theme when it says, else the browser's
 * preference, followed live. The choice lands on `<html data-color-mode>`,
 * which the stylesheets read.
 */
export async function applyTheme(): Promise<void> {
  const media =
    typeof window.matchMedia === 'function'
      ? window.matchMedia('(prefers-color-scheme: dark)')
      : null;
  setColorMode(media?.matches === true ? 'dark' : 'light');

  await enableHostTheme();
  const { colorMode } = await loadHostContext();
  if (colorMode !== null) {
    setColorMode(colorMode);
    return;
  }

  media?.addEventListener('change', (event) => {
    setColorMode(event.matches ? 'dark' : 'light');
  });
}

function setColorMode(mode: 'light' | 'dark'): void {
  document.documentElement.setAttribute('data-color-mode', mode);
}
