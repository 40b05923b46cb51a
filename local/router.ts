import type { Principal, ScopeNeed } from './auth';
import type { SiteCore } from './core';
import type { SiteRequest, SiteResponse } from './types';

/** What a route handler receives. */
export interface RouteContext {
  readonly core: SiteCore;
  readonly principal: Principal;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly request: SiteRequest;
  /** The parsed JSON body; undefined when there was none. */
  readonly body: unknown;
}

export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** `/rest/api/3/issue/{key}`: braces name a path segment. */
  readonly template: string;
  /** What the manifest's scopes must grant when the app calls. */
  readonly scope: ScopeNeed;
  handle(context: RouteContext): SiteResponse | Promise<SiteResponse>;
}

interface CompiledRoute {
  readonly route: Route;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

export interface RouteMatch {
  readonly route: Route;
  readonly params: Record<string, string>;
}

export type MatchResult =
  | { readonly kind: 'found'; readonly match: RouteMatch }
  | { readonly kind: 'method-not-allowed' }
  | { readonly kind: 'bad-path' }
  | { readonly kind: 'none' };

function compile(route: Route): CompiledRoute {
  const names: string[] = [];
  const source = route.template
    .split('/')
    .map((segment) => {
      const name = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (name === undefined)
        return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      names.push(name);
      return '([^/]+)';
    })
    .join('/');
  return { route, pattern: new RegExp(`^${source}$`), names };
}

/** Matches a path to a route; parameters come back percent-decoded. */
export class Router {
  private readonly compiled: CompiledRoute[];

  constructor(routes: readonly Route[]) {
    this.compiled = routes.map(compile);
  }

  match(method: string, path: string): MatchResult {
    let pathMatched = false;
    for (const { route, pattern, names } of this.compiled) {
      const found = pattern.exec(path);
      if (found === null) continue;
      pathMatched = true;
      if (route.method !== method) continue;

      const params: Record<string, string> = {};
      try {
        names.forEach((name, i) => {
          params[name] = decodeURIComponent(found[i + 1] ?? '');
        });
      } catch {
        return { kind: 'bad-path' };
      }
      return { kind: 'found', match: { route, params } };
    }
    return pathMatched ? { kind: 'method-not-allowed' } : { kind: 'none' };
  }
}
