// Vite configuration for the three Custom UI apps. Each app builds on its
// own into static/<app>/dist with relative asset paths, because Forge and
// the local site serve a resource below a path they choose.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));

export const APPS = ['panel', 'macro', 'macro-config'];

export function appConfig(app) {
  if (!APPS.includes(app)) throw new Error(`unknown UI app: ${app}`);
  return {
    configFile: false,
    root: resolve(here, app),
    base: './',
    // Files copied as they are, such as the panel's icon the manifest names.
    publicDir: existsSync(resolve(here, app, 'public'))
      ? resolve(here, app, 'public')
      : false,
    logLevel: 'warn',
    // Vite 8 transforms TSX with Oxc; React's automatic runtime needs no
    // plugin.
    oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
    build: {
      outDir: resolve(here, app, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      manifest: true,
      sourcemap: false,
      // Inline data: URIs would need a wider CSP; keep every asset a file.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
      chunkSizeWarningLimit: 4000,
    },
  };
}

export default defineConfig(() => appConfig(process.env.UI_APP ?? 'panel'));
