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

/**
 * Applies the theme before the first paint, so a dark page never flashes
 * light, waiting at most `limitMs` for the host before drawing anyway.
 */
export function themeThen(draw: () => void, limitMs = 500): void {
  let drawn = false;
  const once = (): void => {
    if (drawn) return;
    drawn = true;
    draw();
  };
  setTimeout(once, limitMs);
  void applyTheme().finally(once);
}
