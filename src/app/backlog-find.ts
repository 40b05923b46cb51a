import type { JiraClient } from '../atlassian/jira-client';
import { JiraError } from '../atlassian/jira-error';
import type { JiraIssue } from '../atlassian/jira-types';
import { jqlList, jqlProperty, jqlString } from '../atlassian/jql';
import {
  type ExistingTicket,
  MITIGATION_PROPERTY,
  parseTicketProperty,
  projectOf,
} from '../backlog';
import type { TicketRef } from './contract';

/** The fields a ticket is read with: never its summary or description. */
export const TICKET_FIELDS = ['status', 'parent', 'issuelinks'] as const;

/** Mitigation keys per JQL `IN` list, to keep each query short. */
export const KEYS_PER_SEARCH = 50;

export interface FindQuery {
  readonly projectKey: string;
  readonly epicKey: string;
  /** Every mitigation key of the epic's analysis, open or not. */
  readonly mitigationKeys: readonly string[];
  /** The store's cache: mitigation key → issue key. */
  readonly cached: ReadonlyMap<string, string>;
}

/**
 * The tickets that matter to one epic: those whose property lists it, and
 * those of other epics carrying one of its mitigation keys. Jira is the
 * truth; the cache only adds tickets the search has not indexed yet, each
 * checked by a direct read, which Jira answers from the database.
 *
 * Jira Cloud's search index lags writes by seconds. The caches (the
 * epic's record, the project's recent creations) hold every ticket whose
 * creation was answered, before the next call; the one gap left is a bulk
 * call whose answer was lost: see the TODO in backlog-create.ts.
 */
export async function findTickets(
  jira: JiraClient,
  query: FindQuery,
): Promise<ExistingTicket[]> {
  const found = new Map<string, ExistingTicket>();
  const add = (tickets: readonly ExistingTicket[]): void => {
    for (const ticket of tickets) found.set(ticket.issueKey, ticket);
  };

  const epicClause = `${jqlProperty(MITIGATION_PROPERTY, 'epics')} = ${jqlString(query.epicKey)}`;
  add(await search(jira, query.projectKey, epicClause));

  const known = new Set([...found.values()].map((t) => t.property.key));
  add(
    await findByKeys(
      jira,
      query.projectKey,
      query.mitigationKeys.filter((key) => !known.has(key)),
    ),
  );

  for (const [mitigationKey, issueKey] of query.cached) {
    if (found.has(issueKey) || projectOf(issueKey) !== query.projectKey)
      continue;
    const ticket = await readTicket(jira, issueKey);
    if (ticket?.property.key === mitigationKey) add([ticket]);
  }

  return [...found.values()];
}

/** Tickets carrying any of the keys, in searches of KEYS_PER_SEARCH. */
export async function findByKeys(
  jira: JiraClient,
  projectKey: string,
  mitigationKeys: readonly string[],
): Promise<ExistingTicket[]> {
  const tickets: ExistingTicket[] = [];
  const unique = [...new Set(mitigationKeys)];

  for (let i = 0; i < unique.length; i += KEYS_PER_SEARCH) {
    const chunk = unique.slice(i, i + KEYS_PER_SEARCH);
    const clause = `${jqlProperty(MITIGATION_PROPERTY, 'key')} IN ${jqlList(chunk)}`;
    tickets.push(...(await search(jira, projectKey, clause)));
  }

  const wanted = new Set(unique);
  return tickets.filter((ticket) => wanted.has(ticket.property.key));
}

async function search(
  jira: JiraClient,
  projectKey: string,
  clause: string,
): Promise<ExistingTicket[]> {
  const issues = await jira.searchJql({
    jql: `project = ${jqlString(projectKey)} AND ${clause} ORDER BY key ASC`,
    fields: TICKET_FIELDS,
    properties: [MITIGATION_PROPERTY],
  });
  return issues.flatMap((issue) => toExisting(issue) ?? []);
}

async function readTicket(
  jira: JiraClient,
  issueKey: string,
): Promise<ExistingTicket | null> {
  try {
    const issue = await jira.getIssue(issueKey, TICKET_FIELDS, [
      MITIGATION_PROPERTY,
    ]);
    return toExisting(issue);
  } catch (error) {
    if (error instanceof JiraError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** A ticket from a Jira issue, or null when it has no valid property. */
export function toExisting(issue: JiraIssue): ExistingTicket | null {
  const property = parseTicketProperty(issue.properties[MITIGATION_PROPERTY]);
  if (property === null) return null;

  return {
    issueKey: issue.key,
    property,
    statusCategory: statusCategoryOf(issue.fields['status']),
    parentKey: keyOf(issue.fields['parent']),
    linkedKeys: linkedKeysOf(issue.fields['issuelinks']),
  };
}

function statusCategoryOf(status: unknown): TicketRef['statusCategory'] {
  const category = field(field(status, 'statusCategory'), 'key');
  return category === 'done' || category === 'indeterminate' ? category : 'new';
}

function linkedKeysOf(links: unknown): string[] {
  if (!Array.isArray(links)) return [];
  return links.flatMap((link) =>
    [
      keyOf(field(link, 'inwardIssue')),
      keyOf(field(link, 'outwardIssue')),
    ].filter((key): key is string => key !== null),
  );
}

function keyOf(value: unknown): string | null {
  const key = field(value, 'key');
  return typeof key === 'string' ? key : null;
}

function field(value: unknown, name: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return Object.hasOwn(value, name)
    ? (value as Record<string, unknown>)[name]
    : undefined;
}
