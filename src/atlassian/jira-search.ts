import { JiraError } from './jira-error';
import { idText, list, record, send, text } from './jira-send';
import type { JiraIssue, SearchQuery } from './jira-types';
import { path, type Requester } from './request';

const DEFAULT_PAGE_SIZE = 100;
const DEFAULT_MAX_PAGES = 50;

/**
 * Runs a JQL search with `POST /rest/api/3/search/jql`, following
 * `nextPageToken` until Jira says it is the last page. A search is a read:
 * it is marked idempotent, so a retry may repeat it.
 */
export async function searchJql(
  requester: Requester,
  query: SearchQuery,
): Promise<JiraIssue[]> {
  const issues: JiraIssue[] = [];
  const maxPages = query.maxPages ?? DEFAULT_MAX_PAGES;
  let nextPageToken: string | undefined;

  for (let page = 0; page < maxPages; page++) {
    const body = record(
      await send(requester, {
        method: 'POST',
        path: path`/rest/api/3/search/jql`,
        idempotent: true,
        body: {
          jql: query.jql,
          fields: query.fields,
          properties: query.properties ?? [],
          maxResults: query.pageSize ?? DEFAULT_PAGE_SIZE,
          ...(nextPageToken === undefined ? {} : { nextPageToken }),
        },
      }),
    );

    issues.push(...list(body['issues']).map(readIssue));

    const token = body['nextPageToken'];
    if (body['isLast'] === true || typeof token !== 'string' || token === '') {
      return issues;
    }
    nextPageToken = token;
  }

  throw new JiraError('INVALID_RESPONSE', 200, ['search has too many pages']);
}

export function readIssue(value: unknown): JiraIssue {
  const issue = record(value);
  const fields = issue['fields'];
  const properties = issue['properties'];

  return {
    id: idText(issue['id']),
    key: text(issue['key']),
    fields: fields === undefined ? {} : record(fields),
    properties: properties === undefined ? {} : record(properties),
  };
}
