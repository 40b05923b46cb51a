import { STATUS_CODES } from 'node:http';

import { SiteTimeout } from '../api';
import { KVS_PREFIX } from '../kvs/routes';
import type { LocalSite } from '../site';
import type { SiteResponse } from '../types';

/**
 * `global.__forge_fetch__` for the pinned @forge/api 8.3.0 and
 * @forge/kvs 1.6.5. They call it as `(args, path, init)` where
 * - `args.type` is 'fpp' (product), 'kvs' (storage) or 'tpp' (external);
 * - `args.provider` is 'app', 'user' (with `accountId` when asUser was
 *   given one) or 'none';
 * - `args.remote` is 'jira', 'confluence', 'stargate' or 'kvs';
 * and expect a fetch Response back. The user of `asUser()` is the
 * current invocation's, as on Forge.
 */
export interface ForgeFetchArgs {
  readonly type: string;
  readonly provider?: string;
  readonly remote?: string;
  readonly accountId?: string;
}

interface Init {
  readonly method?: string;
  readonly headers?: unknown;
  readonly body?: unknown;
}

export type StargateHandler = (
  path: string,
  body: unknown,
) => SiteResponse | null;

export function toResponse(response: SiteResponse): Response {
  const nullBody = [101, 204, 205, 304].includes(response.status);
  const body = nullBody
    ? null
    : typeof response.body === 'string'
      ? response.body
      : new Uint8Array(response.body);
  return new Response(body, {
    status: response.status,
    statusText: STATUS_CODES[response.status] ?? '',
    headers: response.headers,
  });
}

function plainHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers instanceof Headers) {
    headers.forEach((value, name) => (out[name.toLowerCase()] = value));
  } else if (typeof headers === 'object' && headers !== null) {
    for (const [name, value] of Object.entries(headers))
      out[name.toLowerCase()] = String(value);
  }
  delete out['authorization'];
  delete out['host'];
  return out;
}

function credential(
  args: ForgeFetchArgs,
  currentUser: string | undefined,
): string {
  if (
    args.type === 'kvs' ||
    args.provider === 'app' ||
    args.provider === 'none'
  )
    return 'local-app';
  const accountId = args.accountId ?? currentUser;
  if (accountId === undefined) {
    throw new Error(
      'asUser() needs an invocation with a user; this one has none (use asApp())',
    );
  }
  return `local-app-user:${accountId}`;
}

export function makeForgeFetch(
  site: LocalSite,
  currentUser: () => string | undefined,
  stargate: StargateHandler,
) {
  return async (
    args: ForgeFetchArgs,
    path: string,
    init: Init = {},
  ): Promise<Response> => {
    if (args.type === 'tpp')
      throw new Error('External fetch is not emulated by the local site');
    const method = (init.method ?? 'GET').toUpperCase();
    const body = typeof init.body === 'string' ? init.body : undefined;

    if (args.remote === 'stargate') {
      const answered = stargate(
        path,
        body === undefined ? undefined : (JSON.parse(body) as unknown),
      );
      return toResponse(answered ?? { status: 404, headers: {}, body: '' });
    }

    const url = args.type === 'kvs' ? `${KVS_PREFIX}${path}` : path;
    const headers = {
      ...plainHeaders(init.headers),
      authorization: `Bearer ${credential(args, currentUser())}`,
    };
    try {
      return toResponse(await site.handle({ method, url, headers, body }));
    } catch (error) {
      if (error instanceof SiteTimeout)
        throw new TypeError('fetch failed', { cause: error });
      throw error;
    }
  };
}
