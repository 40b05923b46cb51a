import {
  empty,
  hasOwn,
  ISSUE_NOT_FOUND,
  jiraError,
  json,
  setOwn,
} from '../http';
import type { Route, RouteContext } from '../router';
import { can, visibleIssue } from './access';
import { checkProperty } from './validate';

/**
 * Issue properties: readable by whoever can browse the issue, writable by
 * whoever can edit it. PUT answers 201 for a new key and 200 for a change.
 */

function target(context: RouteContext, write: boolean) {
  const { core, principal, params } = context;
  const issue = visibleIssue(core, principal, params['key'] ?? '');
  if (issue === undefined) return jiraError(404, [ISSUE_NOT_FOUND]);
  if (write && !can(core, principal, issue.projectKey, 'EDIT_ISSUES')) {
    return jiraError(403, [
      'You do not have permission to edit issues in this project.',
    ]);
  }
  return issue;
}

const missing = (key: string) =>
  jiraError(404, [`The property with key '${key}' does not exist.`]);

function listKeys(context: RouteContext) {
  const issue = target(context, false);
  if (!('key' in issue)) return issue;

  const base = `${context.core.baseUrl}/rest/api/3/issue/${issue.id}/properties`;
  const keys = Object.keys(issue.properties).map((key) => ({
    self: `${base}/${encodeURIComponent(key)}`,
    key,
  }));
  return json(200, { keys });
}

function getProperty(context: RouteContext) {
  const issue = target(context, false);
  if (!('key' in issue)) return issue;

  const key = context.params['propertyKey'] ?? '';
  if (!hasOwn(issue.properties, key)) return missing(key);
  return json(200, { key, value: issue.properties[key] });
}

function putProperty(context: RouteContext) {
  const issue = target(context, true);
  if (!('key' in issue)) return issue;

  const key = context.params['propertyKey'] ?? '';
  const problem = checkProperty(key, context.body);
  if (problem !== null) return jiraError(400, [problem]);
  const existed = hasOwn(issue.properties, key);
  setOwn(issue.properties, key, context.body);
  context.core.changed();
  return empty(existed ? 200 : 201);
}

function deleteProperty(context: RouteContext) {
  const issue = target(context, true);
  if (!('key' in issue)) return issue;

  const key = context.params['propertyKey'] ?? '';
  if (!hasOwn(issue.properties, key)) return missing(key);
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
  delete issue.properties[key];
  context.core.changed();
  return empty(204);
}

const base = '/rest/api/3/issue/{key}/properties';

export const propertyRoutes: readonly Route[] = [
  { method: 'GET', template: base, scope: 'jira-read', handle: listKeys },
  {
    method: 'GET',
    template: `${base}/{propertyKey}`,
    scope: 'jira-read',
    handle: getProperty,
  },
  {
    method: 'PUT',
    template: `${base}/{propertyKey}`,
    scope: 'jira-write',
    handle: putProperty,
  },
  {
    method: 'DELETE',
    template: `${base}/{propertyKey}`,
    scope: 'jira-write',
    handle: deleteProperty,
  },
];
