import { JiraError } from '../atlassian/jira-error';
import { list, record, send, text } from '../atlassian/jira-send';
import { readIssue } from '../atlassian/jira-search';
import type { JiraIssue } from '../atlassian/jira-types';
import { jqlString } from '../atlassian/jql';
import { path } from '../atlassian/request';
import { AppError } from './app-error';
import type { RiskReportConfig } from './contract';
import { EPIC_LEVEL } from './epic-access';
import type { Ports } from './ports';

/**
 * The epics a risk report covers, searched as the viewer so Jira shows
 * them only what they may browse: at most `max`, and `more` when the
 * search found others.
 */
export interface FoundEpics {
  readonly epics: readonly JiraIssue[];
  readonly more: boolean;
}

export async function searchEpics(
  ports: Pick<Ports, 'asUser'>,
  config: RiskReportConfig,
  max: number,
): Promise<FoundEpics> {
  switch (config.source) {
    case 'epic':
      return { epics: [await namedEpic(ports, config.epicKey)], more: false };
    case 'jql':
      return searchJql(ports, config.jql, max);
  }
}

/**
 * The one epic the macro names. Jira answers a search for a key the viewer
 * may not see, or that does not exist, with a 400 naming the key; the
 * viewer learns neither the key's fate nor Jira's words about it, only
 * that there is nothing here for them.
 */
async function namedEpic(
  ports: Pick<Ports, 'asUser'>,
  epicKey: string,
): Promise<JiraIssue> {
  const found = await search(ports, `key = ${jqlString(epicKey)}`, 1).catch(
    (error: unknown) => {
      if (error instanceof JiraError && error.code === 'BAD_REQUEST') {
        throw epicNotFound();
      }
      throw error;
    },
  );

  const issue = found.epics[0];
  if (issue === undefined) throw epicNotFound();
  if (!isEpic(issue)) {
    throw new AppError(
      'NOT_AN_EPIC',
      'The report names an issue that is not an epic.',
    );
  }
  return issue;
}

async function searchJql(
  ports: Pick<Ports, 'asUser'>,
  jql: string,
  max: number,
): Promise<FoundEpics> {
  const found = await search(ports, jql, max).catch((error: unknown) => {
    if (error instanceof JiraError && error.code === 'BAD_REQUEST') {
      // Jira's words are about the JQL the page's author typed, and Jira
      // says the same of a hidden issue as of a missing one.
      const why = error.messages.join(' ') || 'Jira could not read it.';
      throw new AppError(
        'NOT_CONFIGURED',
        `The macro's JQL is not valid. ${why}`,
      );
    }
    throw error;
  });
  return { epics: found.epics.filter(isEpic), more: found.more };
}

async function search(
  ports: Pick<Ports, 'asUser'>,
  jql: string,
  max: number,
): Promise<FoundEpics> {
  const answer = record(
    await send(ports.asUser, {
      method: 'POST',
      path: path`/rest/api/3/search/jql`,
      idempotent: true,
      body: { jql, fields: ['summary', 'issuetype'], maxResults: max },
    }),
  );

  const token = answer['nextPageToken'];
  const more =
    answer['isLast'] !== true &&
    typeof token === 'string' &&
    text(token) !== '';
  return { epics: list(answer['issues']).map(readIssue), more };
}

function epicNotFound(): AppError {
  return new AppError(
    'NOT_FOUND',
    'The epic this report names does not exist, or you may not see it.',
  );
}

function isEpic(issue: JiraIssue): boolean {
  const type = issue.fields['issuetype'] as
    { hierarchyLevel?: unknown } | undefined;
  return type?.hierarchyLevel === EPIC_LEVEL;
}
