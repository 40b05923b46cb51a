import { empty, isRecord, jiraError, json } from '../http';
import type { Route, RouteContext } from '../router';
import { can, visibleIssue } from './access';
import { LINK_TYPES } from './catalog';
import { linkTypeJson } from './render';

/**
 * POST /rest/api/3/issueLink answers 201 with no body, and a link that
 * exists already (same type, same two issues, same direction) succeeds
 * again without a second copy, as Jira does.
 */

function issueKeyOf(ref: unknown): string | undefined {
  if (!isRecord(ref)) return undefined;
  const key = ref['key'] ?? ref['id'];
  return typeof key === 'string' ? key : undefined;
}

function postLink({ core, principal, body }: RouteContext) {
  if (!isRecord(body)) return jiraError(400, ['The request needs a link.']);
  const typeRef = isRecord(body['type']) ? body['type'] : {};
  const type = LINK_TYPES.find(
    (t) => t.name === typeRef['name'] || t.id === typeRef['id'],
  );
  if (type === undefined) {
    const name = typeof typeRef['name'] === 'string' ? typeRef['name'] : '';
    return jiraError(404, [`No issue link type with name '${name}' found.`]);
  }

  const inwardKey = issueKeyOf(body['inwardIssue']);
  const outwardKey = issueKeyOf(body['outwardIssue']);
  const inward = inwardKey && visibleIssue(core, principal, inwardKey);
  const outward = outwardKey && visibleIssue(core, principal, outwardKey);
  if (!inward || !outward) {
    return jiraError(404, [
      `Issue does not exist or you do not have permission to see it.`,
    ]);
  }
  if (!can(core, principal, inward.projectKey, 'LINK_ISSUES')) {
    return jiraError(403, ['You do not have the permission to link issues.']);
  }
  if (inward.key === outward.key) {
    return jiraError(400, ['You cannot link an issue to itself.']);
  }

  const exists = core.state.links.some(
    (l) =>
      l.typeId === type.id &&
      l.inwardKey === inward.key &&
      l.outwardKey === outward.key,
  );
  if (!exists) {
    core.state.counters.link += 1;
    core.state.links.push({
      id: String(10000 + core.state.counters.link),
      typeId: type.id,
      inwardKey: inward.key,
      outwardKey: outward.key,
    });
    core.changed();
  }
  return empty(201);
}

function getLinkTypes({ core }: RouteContext) {
  return json(200, {
    issueLinkTypes: LINK_TYPES.map((type) => linkTypeJson(core, type)),
  });
}

export const linkRoutes: readonly Route[] = [
  {
    method: 'POST',
    template: '/rest/api/3/issueLink',
    scope: 'jira-write',
    handle: postLink,
  },
  {
    method: 'GET',
    template: '/rest/api/3/issueLinkType',
    scope: 'jira-read',
    handle: getLinkTypes,
  },
];
