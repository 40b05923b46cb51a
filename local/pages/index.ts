import type { LocalSite } from '../site';
import type { SiteRequest, SiteResponse } from '../types';
import { serveAsset } from './assets';
import { FrameGrants, serveFrame, type FrameGrant } from './frames';
import { homePage } from './home';
import { pageUrl } from '../confluence';
import { isLocalPath, redirect } from './html';
import { issuePage } from './issue';
import { adminRoute, frameApiRoute } from './local-api';
import { cookieHeader, Sessions, type Session } from './session';
import { transitionFromForm } from './transition';
import { notFoundPage } from './view';
import { wikiPage } from './wiki';

/**
 * Everything that is not a product API: the site's HTML pages, the Custom
 * UI frames, the bridge's endpoints and the `/_local/` admin routes.
 */

/** What the Forge runtime offers the pages; attached by forge-runtime. */
export interface Platform {
  /** Runs a resolver for a frame; the context comes from the grant. */
  invoke(
    grant: FrameGrant,
    functionKey: string,
    payload: unknown,
  ): Promise<unknown>;
}

export interface PageContext {
  readonly site: LocalSite;
  readonly request: SiteRequest;
  readonly url: URL;
  readonly session: Session;
  readonly freshSession: boolean;
  readonly grants: FrameGrants;
  readonly sessions: Sessions;
}

const stores = new WeakMap<
  LocalSite,
  { grants: FrameGrants; sessions: Sessions }
>();

function storesOf(site: LocalSite) {
  let found = stores.get(site);
  if (found === undefined) {
    found = { grants: new FrameGrants(), sessions: new Sessions() };
    stores.set(site, found);
  }
  return found;
}

const FRAME_ONLY = [
  '/_local/frame/',
  '/_local/bridge.js',
  '/_local/invoke',
  '/_local/context',
  '/_local/submit',
];

function allowedOnSurface(request: SiteRequest, path: string): boolean {
  if (request.surface === undefined) return true;
  const frameRoute = FRAME_ONLY.some((prefix) => path.startsWith(prefix));
  return request.surface === 'frame'
    ? frameRoute || path === '/_local/style.css'
    : !frameRoute;
}

function login(context: PageContext): SiteResponse {
  const who = context.url.searchParams.get('as') ?? 'alice';
  const next = context.url.searchParams.get('next') ?? '/';
  const known = context.site.core.state.users.some((u) => u.accountId === who);
  if (known) context.session.accountId = who;
  return redirect(
    isLocalPath(next) ? next : '/',
    cookieHeader(context.session),
  );
}

export async function handlePage(
  site: LocalSite,
  request: SiteRequest,
  url: URL,
): Promise<SiteResponse> {
  const path = url.pathname;
  if (!allowedOnSurface(request, path)) {
    return {
      status: 404,
      headers: { 'content-type': 'text/plain' },
      body: 'Not found',
    };
  }
  const { grants, sessions } = storesOf(site);
  const { session, fresh } = sessions.resolve(request);
  const context: PageContext = {
    site,
    request,
    url,
    session,
    freshSession: fresh,
    grants,
    sessions,
  };
  const method = request.method;

  const frame = /^\/_local\/frame\/([A-Za-z0-9_-]+)\/(.*)$/.exec(path);
  if (frame !== null && method === 'GET') {
    const grant = grants.get(frame[1]);
    return grant === undefined
      ? {
          status: 404,
          headers: { 'content-type': 'text/plain' },
          body: 'This frame has expired: reload the page.',
        }
      : serveFrame(site, grant, frame[2] ?? '');
  }
  if (path.startsWith('/_local/')) {
    const asset = serveAsset(path);
    if (asset !== null) return asset;
    if (path === '/_local/login' && method === 'GET') return login(context);
    return (
      (await frameApiRoute(context)) ??
      adminRoute(context) ??
      notFoundPage(site, context, 'No such local route.')
    );
  }

  return productPage(context);
}

function decode(text: string | undefined): string {
  try {
    return decodeURIComponent(text ?? '');
  } catch {
    return '';
  }
}

/** The Jira and Confluence views. */
function productPage(context: PageContext): SiteResponse {
  const { site, url, request } = context;
  const path = url.pathname;
  const method = request.method;
  if (path === '/favicon.ico') return serveAsset(path) ?? redirect('/');

  const browse = /^\/browse\/([^/]+)$/.exec(path);
  if (browse !== null && method === 'GET') {
    return issuePage(site, context, decode(browse[1]));
  }
  const move = /^\/browse\/([^/]+)\/transition$/.exec(path);
  if (move !== null && method === 'POST') {
    return transitionFromForm(context, decode(move[1]));
  }
  const wiki = /^\/wiki\/spaces\/([^/]+)\/pages\/(\d+)(?:\/[^/]*)?$/.exec(path);
  if (wiki !== null && method === 'GET') {
    return wikiPage(site, context, decode(wiki[1]), wiki[2] ?? '');
  }
  const byId = /^\/wiki\/pages\/(\d+)$/.exec(path);
  const page = site.core.state.pages.find((p) => p.id === byId?.[1]);
  if (page !== undefined) return redirect(pageUrl(page));
  if (path === '/' && method === 'GET') return homePage(site, context);
  return notFoundPage(
    site,
    context,
    'This page does not exist on the local site.',
  );
}
