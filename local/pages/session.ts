import { randomBytes, timingSafeEqual } from 'node:crypto';

import type { SiteRequest } from '../types';

/**
 * A cookie session choosing who browses the local site (alice unless
 * `/_local/login?as=` says otherwise). Each session has a CSRF token that
 * every form posts back; the cookie is HttpOnly and SameSite=Strict.
 */
export interface Session {
  readonly id: string;
  accountId: string;
  readonly csrf: string;
}

export const COOKIE = 'local_site_session';
const DEFAULT_USER = 'alice';

export class Sessions {
  private readonly byId = new Map<string, Session>();

  /** The caller's session, made on first visit; `fresh` means set a cookie. */
  resolve(request: SiteRequest): { session: Session; fresh: boolean } {
    const id = readCookie(request.headers['cookie'], COOKIE);
    const known = id === undefined ? undefined : this.byId.get(id);
    if (known !== undefined) return { session: known, fresh: false };

    const session: Session = {
      id: randomBytes(24).toString('base64url'),
      accountId: DEFAULT_USER,
      csrf: randomBytes(24).toString('base64url'),
    };
    this.byId.set(session.id, session);
    return { session, fresh: true };
  }

  /** The session only if the request carries a known cookie. */
  existing(request: SiteRequest): Session | undefined {
    const id = readCookie(request.headers['cookie'], COOKIE);
    return id === undefined ? undefined : this.byId.get(id);
  }
}

export function cookieHeader(session: Session): Record<string, string> {
  return {
    'set-cookie': `${COOKIE}=${session.id}; Path=/; HttpOnly; SameSite=Strict`,
  };
}

function readCookie(
  header: string | undefined,
  name: string,
): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Reads an `application/x-www-form-urlencoded` body. */
export function formFields(request: SiteRequest): URLSearchParams {
  const body = request.body;
  const text =
    typeof body === 'string' || Buffer.isBuffer(body) ? body.toString() : '';
  return new URLSearchParams(text);
}
