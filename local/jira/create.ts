import { APP_ACCOUNT_ID, type Principal } from '../auth';
import type { SiteCore } from '../core';
import { isRecord, jiraTime, setOwn } from '../http';
import type { IssueRecord, IssueTypeRecord, ProjectRecord } from '../types';
import { can, visibleProject } from './access';
import { DEFAULT_PRIORITY_ID, INITIAL_STATUS_ID } from './catalog';
import {
  applyLabelUpdate,
  checkDescription,
  checkLabels,
  checkParent,
  checkPriority,
  checkProperty,
  checkSummary,
  NOT_ON_SCREEN,
} from './validate';

/** Issue creation, shared by POST /issue and POST /issue/bulk. */

export interface CreateFailure {
  readonly status: number;
  readonly errorMessages: string[];
  readonly errors: Record<string, string>;
}

export interface Draft {
  readonly project: ProjectRecord;
  readonly type: IssueTypeRecord;
  readonly summary: string;
  readonly description: unknown;
  readonly priorityId: string;
  readonly labels: string[];
  readonly parentKey: string | null;
  readonly properties: Record<string, unknown>;
}

const SETTABLE = new Set([
  'project',
  'issuetype',
  'summary',
  'description',
  'priority',
  'labels',
  'parent',
]);

function findType(
  project: ProjectRecord,
  ref: unknown,
): IssueTypeRecord | undefined {
  if (!isRecord(ref)) return undefined;
  return project.issueTypes.find(
    (type) => type.id === ref['id'] || type.name === ref['name'],
  );
}

function readProperties(
  value: unknown,
  errorMessages: string[],
): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  if (value === undefined) return properties;
  if (!Array.isArray(value)) {
    errorMessages.push('Properties must be a list of { key, value }.');
    return properties;
  }
  for (const entry of value) {
    const key: unknown = isRecord(entry) ? entry['key'] : undefined;
    const problem = checkProperty(
      key,
      isRecord(entry) ? entry['value'] : undefined,
    );
    if (problem !== null) errorMessages.push(problem);
    else
      setOwn(
        properties,
        key as string,
        (entry as Record<string, unknown>)['value'],
      );
  }
  return properties;
}

export function validateCreate(
  core: SiteCore,
  principal: Principal,
  input: unknown,
): { ok: true; draft: Draft } | ({ ok: false } & CreateFailure) {
  const errors: Record<string, string> = {};
  const errorMessages: string[] = [];
  const fields =
    isRecord(input) && isRecord(input['fields']) ? input['fields'] : null;
  if (fields === null || !isRecord(input)) {
    return {
      ok: false,
      status: 400,
      errorMessages: ['The request needs fields.'],
      errors,
    };
  }

  const projectRef = isRecord(fields['project']) ? fields['project'] : {};
  const projectKey = projectRef['key'] ?? projectRef['id'];
  const project =
    typeof projectKey === 'string'
      ? visibleProject(core, principal, projectKey)
      : undefined;
  if (project === undefined) {
    return {
      ok: false,
      status: 400,
      errorMessages,
      errors: { project: 'Specify a valid project ID or key' },
    };
  }
  if (!can(core, principal, project.key, 'CREATE_ISSUES')) {
    const message =
      'You do not have permission to create issues in this project.';
    return { ok: false, status: 403, errorMessages: [message], errors };
  }

  for (const name of Object.keys(fields)) {
    if (!SETTABLE.has(name)) errors[name] = NOT_ON_SCREEN(name);
  }
  const type = findType(project, fields['issuetype']);
  if (type === undefined) errors['issuetype'] = 'Specify a valid issue type';

  const summary = checkSummary(fields['summary']);
  if (!summary.ok) errors['summary'] = summary.message;
  const description = checkDescription(fields['description']);
  if (!description.ok) errors['description'] = description.message;

  let priorityId = DEFAULT_PRIORITY_ID;
  if (fields['priority'] !== undefined) {
    const priority = checkPriority(fields['priority']);
    if (priority.ok) priorityId = priority.value;
    else errors['priority'] = priority.message;
  }

  let labels: string[] = [];
  const labelInput = fields['labels'] ?? [];
  const checkedLabels = checkLabels(labelInput);
  if (checkedLabels.ok) labels = checkedLabels.value;
  else errors['labels'] = checkedLabels.message;
  const update = isRecord(input['update']) ? input['update'] : {};
  if (update['labels'] !== undefined) {
    const updated = applyLabelUpdate(labels, update['labels']);
    if (updated.ok) labels = updated.value;
    else errors['labels'] = updated.message;
  }

  let parentKey: string | null = null;
  if (type !== undefined && fields['parent'] !== undefined) {
    const parent = checkParent(
      core,
      principal,
      fields['parent'],
      type,
      project.key,
    );
    if (parent.ok) parentKey = parent.value.key;
    else errors['parent'] = parent.message;
  } else if (type !== undefined && type.hierarchyLevel < 0) {
    errors['parent'] = 'A sub-task needs a parent.';
  }

  const properties = readProperties(input['properties'], errorMessages);
  if (
    Object.keys(errors).length > 0 ||
    errorMessages.length > 0 ||
    type === undefined
  ) {
    return { ok: false, status: 400, errorMessages, errors };
  }
  return {
    ok: true,
    draft: {
      project,
      type,
      summary: summary.ok ? summary.value : '',
      description: description.ok ? description.value : null,
      priorityId,
      labels,
      parentKey,
      properties,
    },
  };
}

/** Stores a validated draft and announces it to the platform. */
export function createIssue(
  core: SiteCore,
  principal: Principal,
  draft: Draft,
): IssueRecord {
  const state = core.state;
  state.counters.issue += 1;
  const number = draft.project.nextNumber;
  draft.project.nextNumber += 1;
  const now = jiraTime(core.now());

  const issue: IssueRecord = {
    id: String(10000 + state.counters.issue),
    key: `${draft.project.key}-${number}`,
    projectKey: draft.project.key,
    typeId: draft.type.id,
    summary: draft.summary,
    description: draft.description,
    statusId: INITIAL_STATUS_ID,
    priorityId: draft.priorityId,
    labels: draft.labels,
    parentKey: draft.parentKey,
    created: now,
    updated: now,
    creatorId: principal.kind === 'user' ? principal.accountId : APP_ACCOUNT_ID,
    resolutionDate: null,
    properties: draft.properties,
    comments: [],
    sprintIds: [],
  };
  state.issues[issue.key] = issue;
  core.changed();
  core.emit({
    eventType: 'avi:jira:created:issue',
    issueKey: issue.key,
    items: [],
    actor: principal,
  });
  return issue;
}
