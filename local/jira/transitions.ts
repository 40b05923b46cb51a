import type { Principal } from '../auth';
import type { SiteCore } from '../core';
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
import { can, visibleIssue } from './access';
import { statusById, STATUSES } from './catalog';
import { change } from './issues';
import { statusJson } from './render';

/**
 * The shared workflow lets any status move to any other; each transition
 * is named after the status it leads to. Moving to Done sets the
 * resolution date, leaving Done clears it, and every move is announced
 * as `avi:jira:updated:issue` with a status changelog item.
 */

export function availableTransitions(issue: IssueRecord) {
  return STATUSES.filter((status) => status.id !== issue.statusId);
}

export type TransitionOutcome = 'moved' | 'invalid' | 'forbidden';

export function transitionIssue(
  core: SiteCore,
  principal: Principal,
  issue: IssueRecord,
  transitionId: string,
): TransitionOutcome {
  if (!can(core, principal, issue.projectKey, 'TRANSITION_ISSUES')) {
    return 'forbidden';
  }
  const target = availableTransitions(issue).find(
    (status) => status.transitionId === transitionId,
  );
  if (target === undefined) return 'invalid';

  const from = statusById(issue.statusId);
  const now = jiraTime(core.now());
  issue.statusId = target.id;
  issue.updated = now;
  issue.resolutionDate = target.category === 'done' ? now : null;
  core.changed();
  core.emit({
    eventType: 'avi:jira:updated:issue',
    issueKey: issue.key,
    items: [change('status', from.id, from.name, target.id, target.name)],
    actor: principal,
  });
  return 'moved';
}

function getTransitions({ core, principal, params }: RouteContext) {
  const issue = visibleIssue(core, principal, params['key'] ?? '');
  if (issue === undefined) return jiraError(404, [ISSUE_NOT_FOUND]);

  const allowed = can(core, principal, issue.projectKey, 'TRANSITION_ISSUES');
  const transitions = allowed ? availableTransitions(issue) : [];
  return json(200, {
    expand: 'transitions',
    transitions: transitions.map((status) => ({
      id: status.transitionId,
      name: status.name,
      to: statusJson(core, status.id),
      hasScreen: false,
      isGlobal: true,
      isInitial: false,
      isAvailable: true,
      isConditional: false,
      isLooped: false,
    })),
  });
}

function postTransition({ core, principal, params, body }: RouteContext) {
  const issue = visibleIssue(core, principal, params['key'] ?? '');
  if (issue === undefined) return jiraError(404, [ISSUE_NOT_FOUND]);

  const transition = isRecord(body) ? body['transition'] : undefined;
  const id = isRecord(transition) ? transition['id'] : undefined;
  if (typeof id !== 'string') {
    return jiraError(400, ['Missing transition id.']);
  }
  const outcome = transitionIssue(core, principal, issue, id);
  switch (outcome) {
    case 'moved':
      return empty(204);
    case 'forbidden':
      return jiraError(403, [
        'You do not have permission to transition this issue.',
      ]);
    case 'invalid':
      return jiraError(400, [
        `Transition id '${id}' is not valid for this issue.`,
      ]);
  }
}

const path = '/rest/api/3/issue/{key}/transitions';

export const transitionRoutes: readonly Route[] = [
  { method: 'GET', template: path, scope: 'jira-read', handle: getTransitions },
  {
    method: 'POST',
    template: path,
    scope: 'jira-write',
    handle: postTransition,
  },
];
