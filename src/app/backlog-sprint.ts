import { type JiraClient, SPRINT_ADD_LIMIT } from '../atlassian/jira-client';
import type { Sprint } from '../atlassian/jira-types';
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
