import { type JiraClient, SPRINT_ADD_LIMIT } from '../atlassian/jira-client';
import { JiraError } from '../atlassian/jira-error';
import type { Sprint } from '../atlassian/jira-types';
import type { Logger } from './backlog-create';
import type { Settings } from './contract';

/**
 * The sprint new tickets go into, per the settings: the active sprint, or
 * the next future one (earliest start date, then lowest id), of the first
 * scrum board showing the backlog project. Null when the settings say
 * none, or no board or sprint fits: the tickets then stay in the backlog.
 */
export async function findSprint(
  jira: JiraClient,
  settings: Settings,
): Promise<number | null> {
  if (settings.sprint === 'none') return null;

  const boards = await jira.getBoards(settings.backlogProjectKey);
  for (const board of boards.filter((b) => b.type === 'scrum')) {
    const state = settings.sprint === 'active' ? 'active' : 'future';
    const sprints = await jira.getSprints(board.id, state);
    const chosen = [...sprints].sort(bySchedule)[0];
    if (chosen !== undefined) return chosen.id;
  }

  return null;
}

function bySchedule(a: Sprint, b: Sprint): number {
  if (a.startDate !== b.startDate) {
    if (a.startDate === null) return 1;
    if (b.startDate === null) return -1;
    return Date.parse(a.startDate) - Date.parse(b.startDate);
  }
  return a.id - b.id;
}

/** Adds the issues in calls of at most 50; returns the number of calls. */
export async function placeInSprint(
  jira: JiraClient,
  sprintId: number,
  issueKeys: readonly string[],
): Promise<number> {
  let calls = 0;
  for (let i = 0; i < issueKeys.length; i += SPRINT_ADD_LIMIT) {
    await jira.addIssuesToSprint(
      sprintId,
      issueKeys.slice(i, i + SPRINT_ADD_LIMIT),
    );
    calls++;
  }
  return calls;
}

/**
 * Places the tickets a sync created in the sprint the settings name, and
 * answers how many it placed. A sprint that closed, or a board the
 * principal may not change, leaves them in the backlog rather than fail
 * every later sync; a busy or unreachable Jira fails this one.
 */
export async function placePending(
  deps: { readonly jira: JiraClient; readonly log: Logger },
  settings: Settings,
  epic: string,
  keys: readonly string[],
): Promise<number> {
  const sprintId = await findSprint(deps.jira, settings);
  if (sprintId === null) {
    deps.log('backlog.sprint.none', { epic, tickets: keys.length });
    return 0;
  }

  let calls;
  try {
    calls = await placeInSprint(deps.jira, sprintId, keys);
  } catch (error) {
    if (!(error instanceof JiraError) || isTransient(error)) throw error;
    deps.log('backlog.sprint.refused', { epic, status: error.status });
    return 0;
  }

  deps.log('backlog.sprint.placed', { epic, tickets: keys.length, calls });
  return keys.length;
}

function isTransient(error: JiraError): boolean {
  return error.outcomeUnknown || error.code === 'RATE_LIMITED';
}
