import { createHash } from 'node:crypto';

import { isRecord, jiraError, json } from '../http';
import { compileJql } from '../jql/evaluate';
import { JqlError } from '../jql/lexer';
import type { Route, RouteContext } from '../router';
import { can } from './access';
import { issueJson, parseFields, parseProperties } from './fields';

/**
 * GET and POST /rest/api/3/search/jql: the enhanced search. Pages are
 * chained by an opaque `nextPageToken` bound to the query; without
 * `fields` only issue ids come back; at most 5 properties a request.
 */

interface SearchInput {
  readonly jql: unknown;
  readonly nextPageToken: unknown;
  readonly maxResults: unknown;
  readonly fields: unknown;
  readonly properties: unknown;
}

const queryHash = (jql: string) =>
  createHash('sha256').update(jql).digest('base64url').slice(0, 12);

function encodeToken(jql: string, offset: number): string {
  return Buffer.from(JSON.stringify({ q: queryHash(jql), o: offset })).toString(
    'base64url',
  );
}

function decodeToken(jql: string, token: string): number | null {
  try {
    const parsed: unknown = JSON.parse(
      Buffer.from(token, 'base64url').toString(),
    );
    if (!isRecord(parsed) || parsed['q'] !== queryHash(jql)) return null;
    const offset = parsed['o'];
    return typeof offset === 'number' && Number.isInteger(offset) && offset >= 0
      ? offset
      : null;
  } catch {
    return null;
  }
}

function search({ core, principal }: RouteContext, input: SearchInput) {
  const jql = typeof input.jql === 'string' ? input.jql : '';
  const fields = parseFields(input.fields, false);
  const properties = parseProperties(input.properties);
  if (properties.length > 5) {
    return jiraError(400, ['A search can request at most 5 issue properties.']);
  }

  const lean =
    !fields.all && [...fields.include].every((f) => f === 'id' || f === 'key');
  const ceiling = lean ? 5000 : 100;
  const asked = input.maxResults === undefined ? 50 : Number(input.maxResults);
  if (!Number.isInteger(asked) || asked < 1) {
    return jiraError(400, [
      "The value for 'maxResults' must be a positive integer.",
    ]);
  }
  const pageSize = Math.min(asked, ceiling);

  let offset = 0;
  if (typeof input.nextPageToken === 'string' && input.nextPageToken !== '') {
    const decoded = decodeToken(jql, input.nextPageToken);
    if (decoded === null)
      return jiraError(400, ['The nextPageToken is invalid.']);
    offset = decoded;
  }

  let compiled;
  try {
    compiled = compileJql(core, principal, jql);
  } catch (error) {
    if (error instanceof JqlError)
      return json(400, {
        errorMessages: [error.message],
        errors: {},
        warningMessages: [],
      });
    throw error;
  }

  const found = Object.values(core.state.issues)
    .filter((issue) =>
      can(core, principal, issue.projectKey, 'BROWSE_PROJECTS'),
    )
    .filter((issue) => compiled.matches(issue))
    .sort((a, b) => compiled.compare(a, b));
  const page = found.slice(offset, offset + pageSize);
  const isLast = offset + page.length >= found.length;
  return json(200, {
    issues: page.map((issue) => issueJson(core, issue, fields, properties)),
    ...(isLast
      ? {}
      : { nextPageToken: encodeToken(jql, offset + page.length) }),
    isLast,
  });
}

function searchGet(context: RouteContext) {
  const query = context.query;
  return search(context, {
    jql: query.get('jql') ?? '',
    nextPageToken: query.get('nextPageToken') ?? undefined,
    maxResults: query.get('maxResults') ?? undefined,
    fields: query.getAll('fields'),
    properties: query.getAll('properties'),
  });
}

function searchPost(context: RouteContext) {
  const body = isRecord(context.body) ? context.body : {};
  return search(context, {
    jql: body['jql'],
    nextPageToken: body['nextPageToken'],
    maxResults: body['maxResults'],
    fields: body['fields'],
    properties: body['properties'],
  });
}

const path = '/rest/api/3/search/jql';

export const searchRoutes: readonly Route[] = [
  { method: 'GET', template: path, scope: 'jira-read', handle: searchGet },
  { method: 'POST', template: path, scope: 'jira-read', handle: searchPost },
];
