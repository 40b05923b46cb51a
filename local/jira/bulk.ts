import { isRecord, jiraError, json } from '../http';
import type { Route, RouteContext } from '../router';
import { createIssue, validateCreate } from './create';

/**
 * POST /rest/api/3/issue/bulk: up to 50 issues; each one succeeds or fails
 * alone, failures come back by position in `errors`. With no success at all
 * the status is 400, otherwise 201.
 */
export const BULK_LIMIT = 50;

function postBulk({ core, principal, body }: RouteContext) {
  const updates = isRecord(body) ? body['issueUpdates'] : undefined;
  if (!Array.isArray(updates)) {
    return jiraError(400, ['The request needs issueUpdates.']);
  }
  if (updates.length > BULK_LIMIT) {
    return jiraError(400, [
      `Bulk create is limited to ${BULK_LIMIT} issues a request; ${updates.length} were sent.`,
    ]);
  }

  const issues: unknown[] = [];
  const errors: unknown[] = [];
  updates.forEach((update: unknown, index) => {
    const checked = validateCreate(core, principal, update);
    if (!checked.ok) {
      errors.push({
        status: checked.status,
        elementErrors: {
          errorMessages: checked.errorMessages,
          errors: checked.errors,
          status: checked.status,
        },
        failedElementNumber: index,
      });
      return;
    }
    const issue = createIssue(core, principal, checked.draft);
    issues.push({
      id: issue.id,
      key: issue.key,
      self: `${core.baseUrl}/rest/api/3/issue/${issue.id}`,
    });
  });

  const status = issues.length === 0 && errors.length > 0 ? 400 : 201;
  return json(status, { issues, errors });
}

export const bulkRoutes: readonly Route[] = [
  {
    method: 'POST',
    template: '/rest/api/3/issue/bulk',
    scope: 'jira-write',
    handle: postBulk,
  },
];
