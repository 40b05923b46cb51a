import type { JiraClient } from '../atlassian/jira-client';
import { JiraError } from '../atlassian/jira-error';
import {
  LINK_TYPE,
  MITIGATION_PROPERTY,
  type TicketObsolete,
  type TicketUpdate,
} from '../backlog';
import type { Logger } from './backlog-create';

export interface ApplyContext {
  readonly jira: JiraClient;
  readonly epicKey: string;
  readonly log: Logger;
}

/** What one step wrote, for the result and the call counts. */
export interface Applied {
  readonly linked: number;
  readonly commented: number;
}

/**
 * Brings an existing ticket up to date. The property is written last: it
 * records what was done, so a sync stopped half way does the rest next
 * time (setting a priority or a link twice changes nothing).
 */
export async function applyUpdate(
  context: ApplyContext,
  update: TicketUpdate,
): Promise<Applied> {
  const issueKey = update.ticket.issueKey;

  if (update.priority !== null) {
    await context.jira.updateIssueFields(issueKey, {
      priority: { name: update.priority },
    });
  }
  if (update.linkToEpic) await linkToEpic(context, issueKey);
  if (update.propertyChanged) {
    await context.jira.setIssueProperty(
      issueKey,
      MITIGATION_PROPERTY,
      update.property,
    );
  }

  return { linked: update.linkToEpic ? 1 : 0, commented: 0 };
}

export async function linkToEpic(
  context: ApplyContext,
  issueKey: string,
): Promise<void> {
  await context.jira.createIssueLink({
    type: LINK_TYPE,
    inwardKey: context.epicKey,
    outwardKey: issueKey,
  });
}

/**
 * Tells a ticket, once, that the epic no longer needs it, then records
 * that in its property. A comment whose answer was lost is taken as made:
 * sending it again could say it twice; at worst it is missing.
 */
export async function applyObsolete(
  context: ApplyContext,
  obsolete: TicketObsolete,
): Promise<Applied> {
  const issueKey = obsolete.ticket.issueKey;

  try {
    await context.jira.addComment(issueKey, obsolete.comment);
  } catch (error) {
    if (!(error instanceof JiraError && error.outcomeUnknown)) throw error;
    context.log('backlog.comment.unknown', {
      epic: context.epicKey,
      issue: issueKey,
    });
  }

  await context.jira.setIssueProperty(
    issueKey,
    MITIGATION_PROPERTY,
    obsolete.property,
  );
  return { linked: 0, commented: 1 };
}
