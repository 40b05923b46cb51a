import type { SiteResponse } from '../types';

/**
 * HTML for the site's own pages: every piece of user text goes through
 * `escapeHtml`, no page carries an inline script or style, and the
 * Content-Security-Policy says so to the browser as well.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (char) => ENTITIES[char] ?? char);
}

/** A tagged template that escapes every interpolated value. */
export class Html {
  constructor(readonly text: string) {}
}

export function html(
  strings: TemplateStringsArray,
  ...values: unknown[]
): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

function render(value: unknown): string {
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    value === true
  ) {
    return escapeHtml(String(value));
  }
  throw new TypeError('html`` cannot render an object');
}

export function hostCsp(frameOrigin: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    `frame-src 'self' ${frameOrigin}`.trim(),
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Forge's Custom UI rules: scripts from the resource only; inline
 *  styles only when the manifest's `permissions.content.styles` allows. */
export function frameCsp(hostOrigin: string, inlineStyles: boolean): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src 'self'${inlineStyles ? " 'unsafe-inline'" : ''}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${hostOrigin}`,
  ].join('; ');
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
};

export function htmlResponse(
  status: number,
  page: Html,
  csp: string,
  extra: Record<string, string> = {},
): SiteResponse {
  return {
    status,
    headers: {
      'content-type': 'text/html;charset=UTF-8',
      'content-security-policy': csp,
      ...SECURITY_HEADERS,
      ...extra,
    },
    body: page.text,
  };
}

export interface LayoutUser {
  readonly accountId: string;
  readonly displayName: string;
}

export function layout(title: string, user: LayoutUser, body: Html): Html {
  const switcher = ['alice', 'bob', 'carol'].map(
    (id) => html` <a href="/_local/login?as=${id}">${id}</a>`,
  );
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>${title} · local Atlassian site</title>
        <link rel="stylesheet" href="/_local/style.css" />
        <script src="/_local/host.js" defer></script>
      </head>
      <body>
        <header>
          <a href="/">Local Atlassian site</a>
          <span class="user"
            >Signed in as ${user.displayName} · switch:${switcher}</span
          >
        </header>
        <main>${body}</main>
      </body>
    </html>`;
}

export function redirect(
  location: string,
  headers: Record<string, string> = {},
): SiteResponse {
  return { status: 303, headers: { location, ...headers }, body: '' };
}

/** Only same-site paths: `/x`, never `//host` or `/\host`. */
export function isLocalPath(path: string): boolean {
  return /^\/(?![/\\])/.test(path);
}
