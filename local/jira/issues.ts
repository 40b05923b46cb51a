import type { Principal } from '../auth';
import type { ChangeItem, SiteCore } from '../core';
import {
  empty,
  isRecord,
  ISSUE_NOT_FOUND,
  jiraError,
  jiraTime,
  json,
} from '../http';
import type { Route, RouteContext } from '../router';
import type { IssueRecord } from '../types';
import { can, issueTypeOf, visibleIssue } from './access';
import { priorityById } from './catalog';
import { createIssue, validateCreate } from './create';
import { issueJson, parseFields, parseProperties } from './fields';
import {
  applyLabelUpdate,
  checkDescription,
  checkLabels,
  checkParent,
  checkPriority,
  checkSummary,
  NOT_ON_SCREEN,
} from './validate';

/** GET, PUT and POST of single issues. */

export function change(
  field: string,
  from: string | null,
  fromString: string | null,
  to: string | null,
  toString: string | null,
): ChangeItem {
  return {
    field,
    fieldId: field,
    fieldtype: 'jira',
    from,
    fromString,
    to,
    toString,
  };
}

function getIssue({ core, principal, params, query }: RouteContext) {
  const issue = visibleIssue(core, principal, params['key'] ?? '');
  if (issue === undefined) return jiraError(404, [ISSUE_NOT_FOUND]);

  const fields = parseFields(query.get('fields') ?? undefined, true);
  const properties = parseProperties(query.get('properties') ?? undefined);
  return json(200, issueJson(core, issue, fields, properties));
}

type Edit = { items: ChangeItem[]; errors: Record<string, string> };

function editFields(
  core: SiteCore,
  principal: Principal,
  issue: IssueRecord,
  body: Record<string, unknown>,
): Edit {
  const fields = isRecord(body['fields']) ? body['fields'] : {};
  const update = isRecord(body['update']) ? body['update'] : {};
  const edit: Edit = { items: [], errors: {} };
  const next = { ...issue, labels: [...issue.labels] };

  for (const [name, value] of Object.entries(fields)) {
    const checked =
      name === 'summary'
        ? checkSummary(value)
        : name === 'description'
          ? checkDescription(value)
          : name === 'priority'
            ? checkPriority(value)
            : name === 'labels'
              ? checkLabels(value)
              : name === 'parent'
                ? checkParent(
                    core,
                    principal,
                    value,
                    issueTypeOf(core, issue),
                    issue.projectKey,
                  )
                : { ok: false as const, message: NOT_ON_SCREEN(name) };
    if (!checked.ok) edit.errors[name] = checked.message;
    else if (name === 'summary') next.summary = checked.value as string;
    else if (name === 'description') next.description = checked.value;
    else if (name === 'priority') next.priorityId = checked.value as string;
    else if (name === 'labels') next.labels = checked.value as string[];
    else next.parentKey = (checked.value as IssueRecord).key;
  }
  if (update['labels'] !== undefined) {
    const labels = applyLabelUpdate(next.labels, update['labels']);
    if (labels.ok) next.labels = labels.value;
    else edit.errors['labels'] = labels.message;
  }
  if (Object.keys(edit.errors).length > 0) return edit;

  if (next.summary !== issue.summary) {
    edit.items.push(change('summary', null, issue.summary, null, next.summary));
  }
  if (JSON.stringify(next.description) !== JSON.stringify(issue.description)) {
    edit.items.push(change('description', null, null, null, null));
  }
  if (next.priorityId !== issue.priorityId) {
    const [from, to] = [
      priorityById(issue.priorityId),
      priorityById(next.priorityId),
    ];
    edit.items.push(change('priority', from.id, from.name, to.id, to.name));
  }
  if (next.labels.join(' ') !== issue.labels.join(' ')) {
    edit.items.push(
      change(
        'labels',
        null,
        issue.labels.join(' '),
        null,
        next.labels.join(' '),
      ),
    );
  }
  if (next.parentKey !== issue.parentKey) {
    edit.items.push(
      change('parent', null, issue.parentKey, null, next.parentKey),
    );
  }
  Object.assign(issue, {
    summary: next.summary,
    description: next.description,
    priorityId: next.priorityId,
    labels: next.labels,
    parentKey: next.parentKey,
  });
  return edit;
}

function putIssue({ core, principal, params, body, query }: RouteContext) {
  const issue = visibleIssue(core, principal, params['key'] ?? '');
  if (issue === undefined) return jiraError(404, [ISSUE_NOT_FOUND]);
  if (!can(core, principal, issue.projectKey, 'EDIT_ISSUES')) {
    return jiraError(403, [
      'You do not have permission to edit issues in this project.',
    ]);
  }
  if (!isRecord(body))
    return jiraError(400, ['The request body must be an object.']);

  const edit = editFields(core, principal, issue, body);
  if (Object.keys(edit.errors).length > 0)
    return jiraError(400, [], edit.errors);
  if (edit.items.length > 0) {
    issue.updated = jiraTime(core.now());
    core.changed();
    core.emit({
      eventType: 'avi:jira:updated:issue',
      issueKey: issue.key,
      items: edit.items,
      actor: principal,
    });
  }
  if (query.get('returnIssue') === 'true') {
    return json(200, issueJson(core, issue, parseFields(undefined, true)));
  }
  return empty(204);
}

function postIssue({ core, principal, body }: RouteContext) {
  const checked = validateCreate(core, principal, body);
  if (!checked.ok)
    return jiraError(checked.status, checked.errorMessages, checked.errors);

  const issue = createIssue(core, principal, checked.draft);
  return json(201, {
    id: issue.id,
    key: issue.key,
    self: `${core.baseUrl}/rest/api/3/issue/${issue.id}`,
  });
}

export const issueRoutes: readonly Route[] = [
  {
    method: 'GET',
    template: '/rest/api/3/issue/{key}',
    scope: 'jira-read',
    handle: getIssue,
  },
  {
    method: 'PUT',
    template: '/rest/api/3/issue/{key}',
    scope: 'jira-write',
    handle: putIssue,
  },
  {
    method: 'POST',
    template: '/rest/api/3/issue',
    scope: 'jira-write',
    handle: postIssue,
  },
];
