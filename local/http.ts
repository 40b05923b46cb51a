import type { SiteRequest, SiteResponse } from './types';

/** Small builders for the answers the local site gives. */

const JSON_TYPE = { 'content-type': 'application/json;charset=UTF-8' };

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): SiteResponse {
  return {
    status,
    headers: { ...JSON_TYPE, ...headers },
    body: JSON.stringify(body),
  };
}

export function empty(status: number): SiteResponse {
  return { status, headers: {}, body: '' };
}

/** Jira's error body: `{ errorMessages: [], errors: {} }`. */
export function jiraError(
  status: number,
  errorMessages: readonly string[],
  errors: Readonly<Record<string, string>> = {},
): SiteResponse {
  return json(status, { errorMessages, errors });
}

/** Confluence v2's error body. */
export function confluenceError(
  status: number,
  code: string,
  title: string,
): SiteResponse {
  return json(status, { errors: [{ status, code, title, detail: null }] });
}

export function text(
  status: number,
  body: string,
  contentType = 'text/plain;charset=UTF-8',
): SiteResponse {
  return { status, headers: { 'content-type': contentType }, body };
}

export const ISSUE_NOT_FOUND =
  'Issue does not exist or you do not have permission to see it.';

export type Parsed =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false };

/** Parses a request body: raw text as JSON, objects as they are. */
export function parseBody(request: SiteRequest): Parsed {
  const body = request.body;
  if (body === undefined || body === null)
    return { ok: true, value: undefined };
  if (typeof body !== 'string' && !Buffer.isBuffer(body)) {
    return { ok: true, value: body };
  }

  const raw = body.toString();
  if (raw.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(raw) as unknown };
  } catch {
    return { ok: false };
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Lower-cased header names, so lookups do not depend on the caller. */
export function normalizeHeaders(
  headers: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) {
    out[name.toLowerCase()] = value;
  }
  return out;
}

/** Jira's timestamp format: `2026-01-05T10:00:00.000+0000`. */
export function jiraTime(date: Date): string {
  return date.toISOString().replace('Z', '+0000');
}

/** Own-property checks and writes, safe for keys such as `__proto__`. */
export function hasOwn(record: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(record, key);
}

export function setOwn(
  record: Record<string, unknown>,
  key: string,
  value: unknown,
): void {
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}
