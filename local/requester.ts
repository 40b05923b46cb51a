import {
  joinPath,
  type Requester,
  type RestRequest,
  type RestResponse,
} from '../src/atlassian/request';
import type { LocalSite } from './site';
import type { SiteResponse } from './types';

/**
 * The app's REST port (src/atlassian/request.ts) wired to the local site,
 * in process (a LocalSite) or over HTTP (its base URL). Paths are joined
 * by `joinPath`, which refuses what Forge's `route` refuses.
 */
export type LocalPrincipal =
  | { readonly kind: 'user'; readonly accountId: string }
  | { readonly kind: 'app' };

function credential(principal: LocalPrincipal): string {
  return principal.kind === 'app'
    ? 'Bearer local-app'
    : `Bearer local-user:${principal.accountId}`;
}

function fromSite(response: SiteResponse): RestResponse {
  const headers = new Headers(response.headers);
  const text = response.body.toString();
  return {
    status: response.status,
    headers: { get: (name) => headers.get(name) },
    text: () => Promise.resolve(text),
  };
}

export function localRequester(
  target: LocalSite | string,
  principal: LocalPrincipal,
): Requester {
  return async (request: RestRequest): Promise<RestResponse> => {
    const url = joinPath(request.path, request.query);
    const headers: Record<string, string> = {
      authorization: credential(principal),
      accept: 'application/json',
    };
    const body =
      request.body === undefined ? undefined : JSON.stringify(request.body);
    if (body !== undefined) headers['content-type'] = 'application/json';

    if (typeof target !== 'string') {
      return fromSite(
        await target.handle({ method: request.method, url, headers, body }),
      );
    }
    const response = await fetch(new URL(url, target), {
      method: request.method,
      headers,
      body,
    });
    return {
      status: response.status,
      headers: { get: (name) => response.headers.get(name) },
      text: () => response.text(),
    };
  };
}
