import { empty, isRecord, jiraError, json } from './http';
import { can, findProject, visibleIssue, visibleProject } from './jira/access';
import { sprintJson } from './jira/render';
import type { Route, RouteContext } from './router';
import type { BoardRecord } from './types';

/**
 * Jira Software's Agile 1.0 API: boards of a project, sprints of a board
 * by state, and moving up to 50 issues into a sprint. An issue sits in at
 * most one open sprint; moving it replaces the previous open one.
 */
export const SPRINT_MOVE_LIMIT = 50;

const BOARD_HIDDEN =
  'The requested board cannot be viewed because it either does not exist ' +
  'or you do not have permission to view it.';

function page<T>(values: T[], query: URLSearchParams) {
  const startAt = Math.max(0, Number(query.get('startAt') ?? 0) || 0);
  const maxResults = Math.min(50, Number(query.get('maxResults') ?? 50) || 50);
  const slice = values.slice(startAt, startAt + maxResults);
  return {
    maxResults,
    startAt,
    total: values.length,
    isLast: startAt + slice.length >= values.length,
    values: slice,
  };
}

function visibleBoard(
  context: RouteContext,
  id: string,
): BoardRecord | undefined {
  const board = context.core.state.boards.find((b) => String(b.id) === id);
  if (board === undefined) return undefined;
  return visibleProject(context.core, context.principal, board.projectKey)
    ? board
    : undefined;
}

function listBoards(context: RouteContext) {
  const { core, principal, query } = context;
  const projectRef = query.get('projectKeyOrId');
  const project =
    projectRef === null ? undefined : findProject(core, projectRef);
  if (
    projectRef !== null &&
    (project === undefined || !visibleProject(core, principal, projectRef))
  ) {
    return jiraError(400, [
      `No project could be found with key '${projectRef}'.`,
    ]);
  }
  const boards = core.state.boards
    .filter((b) => project === undefined || b.projectKey === project.key)
    .filter((b) => visibleProject(core, principal, b.projectKey));
  const values = boards.flatMap((board) => {
    const owner = findProject(core, board.projectKey);
    if (owner === undefined) return [];
    return {
      id: board.id,
      self: `${core.baseUrl}/rest/agile/1.0/board/${board.id}`,
      name: board.name,
      type: board.type,
      location: {
        projectId: Number(owner.id),
        displayName: `${owner.name} (${owner.key})`,
        projectName: owner.name,
        projectKey: owner.key,
        projectTypeKey: 'software',
        name: `${owner.name} (${owner.key})`,
      },
    };
  });
  return json(200, page(values, query));
}

function listSprints(context: RouteContext) {
  const board = visibleBoard(context, context.params['boardId'] ?? '');
  if (board === undefined) return jiraError(404, [BOARD_HIDDEN]);
  if (board.type !== 'scrum')
    return jiraError(400, ['The board does not support sprints']);

  const states = (context.query.get('state') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const sprints = context.core.state.sprints
    .filter((s) => s.boardId === board.id)
    .filter((s) => states.length === 0 || states.includes(s.state));
  return json(
    200,
    page(
      sprints.map((s) => sprintJson(context.core, s)),
      context.query,
    ),
  );
}

function moveToSprint(context: RouteContext) {
  const { core, principal, params, body } = context;
  const sprint = core.state.sprints.find(
    (s) => String(s.id) === params['sprintId'],
  );
  const board = sprint && visibleBoard(context, String(sprint.boardId));
  if (sprint === undefined || board === undefined) {
    return jiraError(404, [
      `Sprint with id ${params['sprintId'] ?? ''} does not exist ` +
        'or you do not have permission to see it.',
    ]);
  }
  const keys =
    isRecord(body) && Array.isArray(body['issues']) ? body['issues'] : null;
  if (keys === null || keys.length === 0)
    return jiraError(400, ['The request needs issues.']);
  if (keys.length > SPRINT_MOVE_LIMIT) {
    return jiraError(400, [
      `Cannot move more than ${SPRINT_MOVE_LIMIT} issues at once.`,
    ]);
  }
  if (sprint.state === 'closed')
    return jiraError(400, ['Issues cannot be moved to a closed sprint.']);

  const issues = keys.flatMap((key) => {
    const issue =
      typeof key === 'string' ? visibleIssue(core, principal, key) : undefined;
    return issue === undefined ? [] : [issue];
  });
  const missing = keys.filter(
    (key) =>
      typeof key !== 'string' ||
      visibleIssue(core, principal, key) === undefined,
  );
  if (missing.length > 0)
    return jiraError(400, [
      'Issues do not exist or you do not have permission to see them: ' +
        missing.map(String).join(', '),
    ]);
  for (const issue of issues) {
    if (!can(core, principal, issue.projectKey, 'SCHEDULE_ISSUES')) {
      return jiraError(403, ['You do not have permission to schedule issues.']);
    }
  }

  const open = new Set(
    core.state.sprints.filter((s) => s.state !== 'closed').map((s) => s.id),
  );
  for (const issue of issues) {
    issue.sprintIds = [
      ...issue.sprintIds.filter((id) => !open.has(id)),
      sprint.id,
    ];
  }
  core.changed();
  return empty(204);
}

export const agileRoutes: readonly Route[] = [
  {
    method: 'GET',
    template: '/rest/agile/1.0/board',
    scope: 'agile-read',
    handle: listBoards,
  },
  {
    method: 'GET',
    template: '/rest/agile/1.0/board/{boardId}/sprint',
    scope: 'agile-read',
    handle: listSprints,
  },
  {
    method: 'POST',
    template: '/rest/agile/1.0/sprint/{sprintId}/issue',
    scope: 'agile-write',
    handle: moveToSprint,
  },
];
