import type { Principal } from '../auth';
import { visibleIssue } from '../jira/access';
import { transitionIssue } from '../jira/transitions';
import type { SiteResponse } from '../types';
import { redirect } from './html';
import type { PageContext } from './index';
import { formFields, sameSecret } from './session';

/**
 * The status form on the issue view. It needs the session cookie and the
 * session's CSRF token, and the request's Origin, when sent, must be the
 * site's own: another site cannot move issues through a visitor's browser.
 */
export function transitionFromForm(
  context: PageContext,
  key: string,
): SiteResponse {
  const { site, request } = context;
  const session = context.sessions.existing(request);
  const form = formFields(request);
  const origin = request.headers['origin'];
  const ownOrigin = new URL(site.core.baseUrl).origin;
  const csrf = form.get('csrf') ?? '';
  if (
    session === undefined ||
    !sameSecret(csrf, session.csrf) ||
    (origin !== undefined && origin !== ownOrigin)
  ) {
    return {
      status: 403,
      headers: { 'content-type': 'text/plain' },
      body: 'Forbidden: stale form, reload the page.',
    };
  }

  const principal: Principal = {
    kind: 'user',
    accountId: session.accountId,
    viaApp: false,
  };
  const issue = visibleIssue(site.core, principal, key);
  if (issue === undefined)
    return {
      status: 404,
      headers: { 'content-type': 'text/plain' },
      body: 'Not found',
    };

  const outcome = transitionIssue(
    site.core,
    principal,
    issue,
    form.get('transition') ?? '',
  );
  const back = `/browse/${encodeURIComponent(issue.key)}`;
  switch (outcome) {
    case 'moved':
      return redirect(back);
    case 'forbidden':
      return redirect(
        `${back}?error=${encodeURIComponent('You may not move this issue.')}`,
      );
    case 'invalid':
      return redirect(
        `${back}?error=${encodeURIComponent('That transition is not available.')}`,
      );
  }
}
