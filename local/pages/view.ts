import { findUser } from '../jira/access';
import type { LocalSite } from '../site';
import type { SiteResponse } from '../types';
import type { FrameGrant } from './frames';
import { hostCsp, html, htmlResponse, layout, type Html } from './html';
import type { PageContext } from './index';
import { cookieHeader } from './session';

/** The frame of every host page: layout, CSP, session cookie. */

export function frameOrigin(site: LocalSite): string {
  return site.core.frameBaseUrl === ''
    ? ''
    : new URL(site.core.frameBaseUrl).origin;
}

export function page(
  context: PageContext,
  title: string,
  body: Html,
  status = 200,
): SiteResponse {
  const user = findUser(context.site.core, context.session.accountId);
  const who = {
    accountId: context.session.accountId,
    displayName: user?.displayName ?? context.session.accountId,
  };
  const cookie = context.freshSession ? cookieHeader(context.session) : {};
  return htmlResponse(
    status,
    layout(title, who, body),
    hostCsp(frameOrigin(context.site)),
    cookie,
  );
}

export function notFoundPage(
  site: LocalSite,
  context: PageContext,
  message: string,
): SiteResponse {
  return page(
    context,
    'Not found',
    html`<h1>Not found</h1>
      <p>${message}</p>
      <p><a href="/">Home</a></p>`,
    404,
  );
}

/**
 * The iframe of a Custom UI resource. The host script (host.js) sizes it
 * and acts on its messages after checking they come from this frame's
 * origin and window.
 */
export function frameTag(
  site: LocalSite,
  grant: FrameGrant,
  title: string,
  returnTo: string,
): Html {
  const origin = frameOrigin(site);
  const src = `${site.core.frameBaseUrl}/_local/frame/${grant.token}/`;
  return html`<iframe
    class="forge-frame"
    src="${src}"
    title="${title}"
    data-origin="${origin}"
    data-return="${returnTo}"
    sandbox="allow-scripts allow-same-origin allow-forms allow-popups allow-downloads"
  ></iframe>`;
}
