import {
  codeForStatus,
  errorMessagesOf,
  isRecord,
  JiraError,
} from './jira-error';
import {
  checkIssueKey,
  checkProjectKey,
  idText,
  list,
  exchange,
  parseJson,
  record,
  text,
} from './jira-send';
import type { BulkCreateResult, BulkFailed, NewIssue } from './jira-types';
import { path, type Requester } from './request';

/** Jira creates at most this many issues per bulk call. */
export const BULK_CREATE_LIMIT = 50;

/**
 * Creates up to 50 issues in one `POST /rest/api/3/issue/bulk`, each with
 * its properties and parent set at creation. Jira answers per issue: the
 * created ones in request order, and an error per failed element.
 *
 * The call is not idempotent. After a failure whose outcome is unknown
 * (`JiraError.outcomeUnknown`) some issues may exist: the caller must find
 * them before sending the rest again.
 */
export async function createIssuesBulk(
  requester: Requester,
  issues: readonly NewIssue[],
): Promise<BulkCreateResult> {
  if (issues.length === 0) return { created: [], failed: [] };
  if (issues.length > BULK_CREATE_LIMIT) {
    throw new JiraError('INVALID_ARGUMENT', 0, [
      'too many issues for one call',
    ]);
  }

  const { status, body } = await exchange(requester, {
    method: 'POST',
    path: path`/rest/api/3/issue/bulk`,
    body: { issueUpdates: issues.map(issueUpdate) },
  });
  const answer = bulkAnswer(status, body);

  const failed = list(answer['errors']).map(readFailure);
  const failedAt = new Set(failed.map((failure) => failure.index));
  const succeededAt = issues
    .map((_, index) => index)
    .filter((index) => !failedAt.has(index));

  const created = list(answer['issues']).map((value, position) => {
    const issue = record(value);
    const index = succeededAt[position];
    if (index === undefined) throw new JiraError('INVALID_RESPONSE', 201);
    return { index, id: idText(issue['id']), key: text(issue['key']) };
  });

  return { created, failed };
}

/**
 * The answer's body. Jira answers 201 when some issues were created and
 * 400 when none was, both with per-issue `errors`; any other failure, or
 * a 400 without them, is a JiraError.
 */
function bulkAnswer(status: number, body: string): Record<string, unknown> {
  if (status >= 200 && status <= 299) return record(parseJson(body, status));

  let parsed: unknown = null;
  if (status === 400) {
    try {
      parsed = parseJson(body, status);
    } catch {
      parsed = null;
    }
  }
  if (isRecord(parsed) && Array.isArray(parsed['errors'])) return parsed;
  throw new JiraError(codeForStatus(status), status, errorMessagesOf(body));
}

function issueUpdate(issue: NewIssue): unknown {
  const fields: Record<string, unknown> = {
    project: { key: checkProjectKey(issue.projectKey) },
    issuetype: { name: issue.issueTypeName },
    summary: issue.summary,
    description: issue.description,
    labels: issue.labels,
  };
  if (issue.priorityName !== undefined) {
    fields['priority'] = { name: issue.priorityName };
  }
  if (issue.parentKey !== undefined) {
    fields['parent'] = { key: checkIssueKey(issue.parentKey) };
  }

  return { fields, properties: issue.properties };
}

function readFailure(value: unknown): BulkFailed {
  const failure = record(value);
  const index = failure['failedElementNumber'];
  const status = failure['status'];
  const details = failure['elementErrors'];

  return {
    index: typeof index === 'number' ? index : -1,
    status: typeof status === 'number' ? status : 400,
    messages: isRecord(details) ? errorMessagesOf(JSON.stringify(details)) : [],
  };
}
