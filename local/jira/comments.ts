import { APP_ACCOUNT_ID } from '../auth';
import type { SiteCore } from '../core';
import { isRecord, ISSUE_NOT_FOUND, jiraError, jiraTime, json } from '../http';
import type { Route, RouteContext } from '../router';
import type { CommentRecord, IssueRecord } from '../types';
import { can, visibleIssue } from './access';
import { ADF_REQUIRED, adfProblems } from './adf';
import { userJson } from './render';

/** Comments on issues; bodies are ADF documents, as v3 requires. */

function commentJson(
  core: SiteCore,
  issue: IssueRecord,
  comment: CommentRecord,
) {
  return {
    self: `${core.baseUrl}/rest/api/3/issue/${issue.id}/comment/${comment.id}`,
    id: comment.id,
    author: userJson(core, comment.authorId),
    updateAuthor: userJson(core, comment.authorId),
    body: comment.body,
    created: comment.created,
    updated: comment.created,
    jsdPublic: true,
  };
}

function postComment({ core, principal, params, body }: RouteContext) {
  const issue = visibleIssue(core, principal, params['key'] ?? '');
  if (issue === undefined) return jiraError(404, [ISSUE_NOT_FOUND]);
  if (!can(core, principal, issue.projectKey, 'ADD_COMMENTS')) {
    return jiraError(403, [
      'You do not have the permission to comment on this issue.',
    ]);
  }

  const document = isRecord(body) ? body['body'] : undefined;
  if (document === undefined) {
    return jiraError(400, [], { comment: 'Comment body can not be empty!' });
  }
  if (adfProblems(document).length > 0) {
    return jiraError(400, [], { comment: ADF_REQUIRED });
  }

  core.state.counters.comment += 1;
  const comment: CommentRecord = {
    id: String(10000 + core.state.counters.comment),
    authorId: principal.kind === 'user' ? principal.accountId : APP_ACCOUNT_ID,
    body: document,
    created: jiraTime(core.now()),
  };
  issue.comments.push(comment);
  core.changed();
  return json(201, commentJson(core, issue, comment));
}

function listComments({ core, principal, params, query }: RouteContext) {
  const issue = visibleIssue(core, principal, params['key'] ?? '');
  if (issue === undefined) return jiraError(404, [ISSUE_NOT_FOUND]);

  const startAt = Math.max(0, Number(query.get('startAt') ?? 0) || 0);
  const maxResults = Math.min(
    5000,
    Number(query.get('maxResults') ?? 5000) || 5000,
  );
  const page = issue.comments.slice(startAt, startAt + maxResults);
  return json(200, {
    startAt,
    maxResults,
    total: issue.comments.length,
    comments: page.map((comment) => commentJson(core, issue, comment)),
  });
}

const path = '/rest/api/3/issue/{key}/comment';

export const commentRoutes: readonly Route[] = [
  { method: 'POST', template: path, scope: 'jira-write', handle: postComment },
  { method: 'GET', template: path, scope: 'jira-read', handle: listComments },
];
