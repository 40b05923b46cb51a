import type { JiraClient } from '../atlassian/jira-client';
import type { JiraIssue } from '../atlassian/jira-types';
import { jqlProperty, jqlString } from '../atlassian/jql';
import { MITIGATION_PROPERTY, parseTicketProperty } from '../backlog/property';
import { readRecord, type SyncStore } from './backlog-store';
import type { TicketRef } from './contract';

/**
 * The mitigation tickets of an epic, found by the indexed `epics` of their
 * `threat-model-mitigation` property, with each one's status category.
 * Asked as the user, Jira returns only the tickets they may see; asked as
 * the app, all of them. `fresh` is a ticket whose status was just read from
 * the issue itself; it wins over the search index, which may lag a
 * transition by seconds.
 *
 * Anyone who may edit a ticket may write its property, so the property
 * alone proves nothing: a ticket counts for an epic only when the app's own
 * backlog record of that epic (written by the sync, in app storage) maps
 * the mitigation to that very ticket. Otherwise a user could mark any
 * epic's mitigations done by editing a ticket they own.
 */
export const MAX_TICKETS = 1000;

export async function findEpicTickets(
  jira: JiraClient,
  store: SyncStore,
  epicKey: string,
  fresh?: TicketRef,
): Promise<TicketRef[]> {
  const record = await readRecord(store, epicKey);
  if (record.tickets.size === 0) return [];

  const issues = await jira.searchJql({
    jql: `${jqlProperty(MITIGATION_PROPERTY, 'epics')} = ${jqlString(epicKey)} ORDER BY key ASC`,
    fields: ['status'],
    properties: [MITIGATION_PROPERTY],
    pageSize: 100,
    maxPages: MAX_TICKETS / 100,
  });

  const tickets: TicketRef[] = [];
  for (const issue of issues) {
    const property = parseTicketProperty(issue.properties[MITIGATION_PROPERTY]);
    // The index may lag a property change: trust the value, not the index.
    if (property === null || !property.epics.includes(epicKey)) continue;
    if (issue.key === fresh?.issueKey) continue;
    tickets.push({
      mitigationKey: property.key,
      issueKey: issue.key,
      statusCategory: statusCategoryOf(issue),
    });
  }
  if (fresh !== undefined) tickets.push(fresh);

  return tickets.filter(
    (ticket) => record.tickets.get(ticket.mitigationKey) === ticket.issueKey,
  );
}

/** Mitigations with at least one ticket done count as implemented. */
export function implementedKeys(tickets: readonly TicketRef[]): string[] {
  const done = tickets
    .filter((ticket) => ticket.statusCategory === 'done')
    .map((ticket) => ticket.mitigationKey);
  return [...new Set(done)].sort();
}

export function statusCategoryOf(
  issue: JiraIssue,
): TicketRef['statusCategory'] {
  const status = issue.fields['status'] as
    { statusCategory?: { key?: unknown } } | undefined;
  const key = status?.statusCategory?.key;
  return key === 'done' || key === 'indeterminate' ? key : 'new';
}
