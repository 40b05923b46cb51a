import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';

import type { LocalSite } from '../site';
import type { SiteResponse } from '../types';
import { frameCsp, html, Html, htmlResponse } from './html';

/**
 * Custom UI frames. The host page asks for a grant (module, issue or page,
 * user) and gets a random token; the frame's URL holds only that token,
 * and the server maps it back. Payloads from the frame can never name
 * another issue: the context is rebuilt from the grant on every call.
 */
export type FrameTarget =
  | { readonly kind: 'issue'; readonly issueKey: string }
  | {
      readonly kind: 'page';
      readonly pageId: string;
      readonly localId: string;
    };

export interface FrameGrant {
  readonly token: string;
  readonly moduleKey: string;
  readonly moduleType: 'jira:issuePanel' | 'macro';
  readonly resource: string;
  /** `config` frames may save the macro's configuration. */
  readonly mode: 'view' | 'config';
  readonly target: FrameTarget;
  readonly accountId: string;
  readonly expires: number;
}

const GRANT_TTL_MS = 60 * 60 * 1000;

export class FrameGrants {
  private readonly byToken = new Map<string, FrameGrant>();

  issue(grant: Omit<FrameGrant, 'token' | 'expires'>): FrameGrant {
    const now = Date.now();
    for (const [token, old] of this.byToken) {
      if (old.expires <= now) this.byToken.delete(token);
    }
    const full = {
      ...grant,
      token: randomBytes(24).toString('base64url'),
      expires: now + GRANT_TTL_MS,
    };
    this.byToken.set(full.token, full);
    return full;
  }

  get(token: unknown): FrameGrant | undefined {
    if (typeof token !== 'string') return undefined;
    const grant = this.byToken.get(token);
    return grant !== undefined && grant.expires > Date.now()
      ? grant
      : undefined;
  }
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html;charset=UTF-8',
  '.js': 'text/javascript;charset=UTF-8',
  '.mjs': 'text/javascript;charset=UTF-8',
  '.css': 'text/css;charset=UTF-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain;charset=UTF-8',
};

export function resourceDir(site: LocalSite, resource: string): string {
  const declared = site.core.manifest?.resources.get(resource);
  return resolve(site.root, declared ?? join('static', resource, 'dist'));
}

function notBuilt(
  site: LocalSite,
  resource: string,
  csp: string,
): SiteResponse {
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>Not built</title>
        <link rel="stylesheet" href="/_local/style.css" />
      </head>
      <body class="frame-message">
        <p>
          The Custom UI resource <code>${resource}</code> is not built (no
          ${resourceDir(site, resource)}/index.html).
        </p>
        <p>
          Run <code>npm run build:ui</code> (or <code>npm start</code>, which
          runs it), then reload.
        </p>
      </body>
    </html>`;
  return htmlResponse(200, page, csp);
}

/** index.html with the bridge as the first script, before the app bundle. */
function injectBridge(index: string, hostOrigin: string): string {
  const tags = html`<meta name="local-site-host" content="${hostOrigin}" />
    <script src="/_local/bridge.js"></script>`.text;
  const head = /<head[^>]*>/i.exec(index);
  if (head === null) return tags + index;
  const at = head.index + head[0].length;
  return index.slice(0, at) + tags + index.slice(at);
}

/** Serves `/_local/frame/{token}/{rest}` from the granted resource. */
export function serveFrame(
  site: LocalSite,
  grant: FrameGrant,
  rest: string,
): SiteResponse {
  const hostOrigin = new URL(site.core.baseUrl).origin;
  const inline =
    site.core.manifest?.contentStyles.includes('unsafe-inline') ?? false;
  const csp = frameCsp(hostOrigin, inline);
  const dir = resourceDir(site, grant.resource);
  const indexFile = join(dir, 'index.html');
  if (!existsSync(indexFile)) return notBuilt(site, grant.resource, csp);

  if (rest === '' || rest === 'index.html') {
    const page = injectBridge(readFileSync(indexFile, 'utf8'), hostOrigin);
    return htmlResponse(200, new Html(page), csp);
  }

  let relative: string;
  try {
    relative = decodeURIComponent(rest);
  } catch {
    return { status: 400, headers: {}, body: '' };
  }
  const file = resolve(dir, relative);
  if (
    !file.startsWith(dir + sep) ||
    !existsSync(file) ||
    !statSync(file).isFile()
  ) {
    return {
      status: 404,
      headers: { 'content-type': 'text/plain' },
      body: 'Not found',
    };
  }
  return {
    status: 200,
    headers: {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'content-security-policy': csp,
    },
    body: readFileSync(file),
  };
}
