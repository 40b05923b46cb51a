import { asApp, asUser, route } from '@forge/api';
import { withRetry } from '../atlassian/retry';
import type { Requester, RestRequest } from '../atlassian/request';

/**
 * The Requester port on Forge. The RestPath's pieces go to the real
 * `route` tag, which refuses `..`, `/`, `?` and `#` inside a value, so a
 * key from anywhere can never walk to another endpoint.
 */
export type Principal = 'user' | 'app';

function toRoute(request: RestRequest) {
  const strings = request.path.strings as unknown as TemplateStringsArray;
  const base = route(strings, ...request.path.values);
  if (request.query === undefined) return base;

  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(request.query)) {
    search.set(name, String(value));
  }
  return route`${base}?${search}`;
}

function sendAs(principal: Principal): Requester {
  return async (request) => {
    const fetcher = principal === 'user' ? asUser() : asApp();
    const response = await fetcher.requestJira(toRoute(request), {
      method: request.method,
      headers: {
        Accept: 'application/json',
        ...(request.body === undefined
          ? {}
          : { 'Content-Type': 'application/json' }),
      },
      ...(request.body === undefined
        ? {}
        : { body: JSON.stringify(request.body) }),
    });
    return {
      status: response.status,
      headers: { get: (name: string) => response.headers.get(name) },
      text: () => response.text(),
    };
  };
}

/** Retries within a budget that leaves a resolver time to answer. */
export function forgeRequester(
  principal: Principal,
  budgetMs: number,
): Requester {
  return withRetry(sendAs(principal), {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => Math.random(),
    budgetMs,
  });
}
