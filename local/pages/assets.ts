import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { SiteResponse } from '../types';

/** The site's own static files: the bridge, the host script, styles. */

const LOCAL_DIR = join(__dirname, '..');

const ASSETS: Readonly<Record<string, { file: string; type: string }>> = {
  '/_local/bridge.js': {
    file: 'bridge.js',
    type: 'text/javascript;charset=UTF-8',
  },
  '/_local/host.js': {
    file: 'assets/host.js',
    type: 'text/javascript;charset=UTF-8',
  },
  '/_local/style.css': {
    file: 'assets/style.css',
    type: 'text/css;charset=UTF-8',
  },
};

const ICON = /^\/_local\/static\/[a-z]+\.svg$/;
const ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16">' +
  '<rect width="16" height="16" rx="3" fill="#4c9aff"/></svg>';

export function serveAsset(path: string): SiteResponse | null {
  if (ICON.test(path) || path === '/favicon.ico') {
    return {
      status: 200,
      headers: { 'content-type': 'image/svg+xml' },
      body: ICON_SVG,
    };
  }
  const asset = ASSETS[path];
  if (asset === undefined) return null;
  return {
    status: 200,
    headers: {
      'content-type': asset.type,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    },
    body: readFileSync(join(LOCAL_DIR, asset.file)),
  };
}
