import { z } from 'zod';
import { createJiraClient, type JiraClient } from '../atlassian/jira-client';
import { JiraError } from '../atlassian/jira-error';
import { MITIGATION_PROPERTY, parseTicketProperty } from '../backlog/property';
import { refreshAnalysis } from './analyze-epic';
import type { TicketRef } from './contract';
import { EPIC_LEVEL } from './epic-access';
import type { Ports } from './ports';
import { statusCategoryOf } from './tickets';

/**
 * The issue trigger. When a ticket's status may have moved, the epics its
 * mitigation property lists are analyzed again with the ticket's status
 * as Jira has it now, read afresh: events may come twice or out of order,
 * and the outcome depends only on the current state, never on the event.
 * An edit that moves no status costs nothing but this check.
 */
const IssueEvent = z.object({
  eventType: z.string().max(100).optional(),
  issue: z.object({ key: z.string().max(300) }),
  changelog: z
    .object({
      items: z
        .array(
          z.object({
            field: z.string().optional(),
            fieldId: z.string().optional(),
          }),
        )
        .max(1000)
        .default([]),
    })
    .optional(),
});

const CREATED = 'avi:jira:created:issue';
/** Passes over one epic when its ticket moved again meanwhile. */
const MAX_PASSES = 3;

export async function onIssueChanged(
  ports: Ports,
  event: unknown,
): Promise<void> {
  const parsed = IssueEvent.safeParse(event);
  if (!parsed.success) {
    ports.log('issue_event_ignored', { reason: 'malformed' });
    return;
  }

  const { issue, changelog, eventType } = parsed.data;
  const movesStatus =
    eventType === CREATED ||
    (changelog?.items ?? []).some(
      (i) => i.fieldId === 'status' || i.field === 'status',
    );
  if (!movesStatus) {
    ports.log('issue_event_ignored', {
      issueKey: issue.key,
      reason: 'no-status-change',
    });
    return;
  }

  const jira = createJiraClient(ports.asApp);
  const property = parseTicketProperty(
    await jira.getIssueProperty(issue.key, MITIGATION_PROPERTY),
  );
  if (property === null) {
    ports.log('issue_event_ignored', {
      issueKey: issue.key,
      reason: 'not-a-mitigation',
    });
    return;
  }

  for (const epicKey of property.epics) {
    await applyToEpic(ports, jira, epicKey, {
      issueKey: issue.key,
      mitigationKey: property.key,
    });
  }
}

async function applyToEpic(
  ports: Ports,
  jira: JiraClient,
  epicKey: string,
  ticket: Omit<TicketRef, 'statusCategory'>,
): Promise<void> {
  const ticketKey = ticket.issueKey;
  const epic = await findEpic(jira, epicKey);
  if (epic === null) {
    ports.log('mitigation_skipped', {
      issueKey: epicKey,
      ticketKey,
      reason: 'not-an-epic',
    });
    return;
  }

  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const status = await currentStatus(jira, ticketKey);
    const refreshed = await refreshAnalysis(ports, epic, jira, {
      ...ticket,
      statusCategory: status,
    });
    if (refreshed === null) {
      ports.log('mitigation_skipped', {
        issueKey: epicKey,
        ticketKey,
        reason: 'no-model',
      });
      return;
    }

    if (
      (await currentStatus(jira, ticketKey)) === status ||
      pass === MAX_PASSES
    ) {
      ports.log('mitigation_status_applied', {
        issueKey: epicKey,
        ticketKey,
        status,
        pass,
        implemented: refreshed.record.implemented.length,
        residualScore: refreshed.record.summary.residualRiskScore,
      });
      return;
    }
  }
}

async function findEpic(jira: JiraClient, key: string) {
  try {
    const issue = await jira.getIssue(key, ['issuetype']);
    const type = issue.fields['issuetype'] as
      { hierarchyLevel?: unknown } | undefined;
    return type?.hierarchyLevel === EPIC_LEVEL
      ? { key: issue.key, id: issue.id }
      : null;
  } catch (error) {
    if (error instanceof JiraError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

async function currentStatus(
  jira: JiraClient,
  ticketKey: string,
): Promise<TicketRef['statusCategory']> {
  return statusCategoryOf(await jira.getIssue(ticketKey, ['status']));
}
