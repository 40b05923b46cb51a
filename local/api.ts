import {
  isHeldToScopes,
  principalFromHeaders,
  scopeAllows,
  type Principal,
} from './auth';
import { scopesOf, type SiteCore } from './core';
import type { Faults } from './faults';
import { jiraError, json, parseBody } from './http';
import { KVS_PREFIX } from './kvs/routes';
import { kvsError } from './kvs/rules';
import type { RouteContext } from './router';
import { apiRouter, isFaultablePath } from './routes';
import type { SiteRequest, SiteResponse } from './types';

/**
 * Serves one REST call: who calls, which route, the manifest's scopes
 * when the app calls, injected faults, then the route itself. Returns the
 * route template it matched, for call counting.
 */

/** A held call whose connection is dropped, as a gateway timeout does. */
export class SiteTimeout extends Error {
  override readonly name = 'SiteTimeout';
  readonly code = 'ECONNRESET';
}

export interface ApiOutcome {
  readonly template: string;
  readonly response: SiteResponse;
}

const NOT_AUTHENTICATED =
  'Client must be authenticated to access this resource.';

function refuse(path: string, principal: Principal): SiteResponse | null {
  const isStorage = path.startsWith(KVS_PREFIX);
  if (principal.kind === 'anonymous') {
    return isStorage
      ? kvsError({
          status: 401,
          code: 'UNAUTHENTICATED',
          message: 'Authentication required',
        })
      : jiraError(401, [NOT_AUTHENTICATED]);
  }
  if (isStorage && principal.kind !== 'app') {
    return kvsError({
      status: 403,
      code: 'FORBIDDEN',
      message: 'Only the app may use its storage',
    });
  }
  return null;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function handleApi(
  core: SiteCore,
  faults: Faults,
  request: SiteRequest,
  url: URL,
): Promise<ApiOutcome> {
  const path = url.pathname;
  const found = apiRouter.match(request.method.toUpperCase(), path);
  if (found.kind !== 'found') {
    const template = `(unmatched ${path.split('/').slice(0, 4).join('/')})`;
    const status =
      found.kind === 'method-not-allowed'
        ? 405
        : found.kind === 'bad-path'
          ? 400
          : 404;
    return {
      template,
      response: jiraError(status, [
        `No ${request.method} route for this path.`,
      ]),
    };
  }
  const { route, params } = found.match;
  const template = route.template;

  const principal = principalFromHeaders(core.state, request.headers);
  const refused = refuse(path, principal);
  if (refused !== null) return { template, response: refused };

  if (isFaultablePath(path)) {
    const fault = faults.draw();
    if (fault?.kind === 'response')
      return { template, response: fault.response };
    if (fault?.kind === 'timeout') {
      await delay(fault.ms);
      throw new SiteTimeout('the local site dropped a held connection');
    }
  }

  if (isHeldToScopes(principal) && !scopeAllows(scopesOf(core), route.scope)) {
    return {
      template,
      response: json(401, {
        code: 401,
        message: 'Unauthorized; scope does not match',
      }),
    };
  }

  const parsed = parseBody(request);
  if (!parsed.ok) {
    const response = path.startsWith(KVS_PREFIX)
      ? kvsError({
          status: 400,
          code: 'BAD_REQUEST',
          message: 'Provided request body is invalid',
        })
      : jiraError(400, [
          'Unexpected character in the request body: it is not valid JSON.',
        ]);
    return { template, response };
  }

  const context: RouteContext = {
    core,
    principal,
    params,
    query: url.searchParams,
    request,
    body: parsed.value,
  };
  return { template, response: await route.handle(context) };
}
