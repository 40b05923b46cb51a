import {
  checkId,
  checkIssueKey,
  checkProjectKey,
  idText,
  list,
  record,
  send,
  text,
} from './jira-send';
import type { Board, Sprint, SprintState } from './jira-types';
import { JiraError } from './jira-error';
import { path, type Requester } from './request';

/** Jira Software adds at most this many issues to a sprint per call. */
export const SPRINT_ADD_LIMIT = 50;

const PAGE = 50;
const MAX_PAGES = 20;

/** The boards that show a project (`GET /rest/agile/1.0/board`). */
export async function getBoards(
  requester: Requester,
  projectKey: string,
): Promise<Board[]> {
  const values = await pages(requester, (startAt) => ({
    method: 'GET',
    path: path`/rest/agile/1.0/board`,
    query: {
      projectKeyOrId: checkProjectKey(projectKey),
      startAt,
      maxResults: PAGE,
    },
  }));

  return values.map((value) => {
    const board = record(value);
    return { id: Number(idText(board['id'])), type: text(board['type']) };
  });
}

/** A board's sprints in one state, in the board's order. */
export async function getSprints(
  requester: Requester,
  boardId: number,
  state: SprintState,
): Promise<Sprint[]> {
  const values = await pages(requester, (startAt) => ({
    method: 'GET',
    path: path`/rest/agile/1.0/board/${checkId(boardId)}/sprint`,
    query: { state, startAt, maxResults: PAGE },
  }));

  return values.map((value) => {
    const sprint = record(value);
    const startDate = sprint['startDate'];
    return {
      id: Number(idText(sprint['id'])),
      state: text(sprint['state']),
      startDate: typeof startDate === 'string' ? startDate : null,
    };
  });
}

/** Moves up to 50 issues into a sprint; repeating it changes nothing. */
export async function addIssuesToSprint(
  requester: Requester,
  sprintId: number,
  issueKeys: readonly string[],
): Promise<void> {
  if (issueKeys.length === 0) return;
  if (issueKeys.length > SPRINT_ADD_LIMIT) {
    throw new JiraError('INVALID_ARGUMENT', 0, [
      'too many issues for one call',
    ]);
  }

  await send(requester, {
    method: 'POST',
    path: path`/rest/agile/1.0/sprint/${checkId(sprintId)}/issue`,
    idempotent: true,
    body: { issues: issueKeys.map(checkIssueKey) },
  });
}

type PageRequest = (startAt: number) => Parameters<Requester>[0];

/** Reads an Agile list (`values`, `isLast`) page by page, bounded. */
async function pages(
  requester: Requester,
  request: PageRequest,
): Promise<unknown[]> {
  const values: unknown[] = [];

  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = record(await send(requester, request(values.length)));
    const batch = list(answer['values']);
    values.push(...batch);
    if (answer['isLast'] !== false || batch.length === 0) return values;
  }

  return values;
}
