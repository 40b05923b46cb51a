import { randomUUID } from 'node:crypto';

import { APP_ACCOUNT_ID } from '../auth';
import type { IssueEvent, SiteCore } from '../core';
import { findIssue } from '../jira/access';
import { allFields } from '../jira/render';
import type { TriggerModule } from '../manifest';

/**
 * Product events as Forge triggers receive them: the issue with its
 * fields as they were when the change happened, the changelog items, who
 * did it, and `selfGenerated` when the app itself made the change (asApp
 * or asUser); a trigger with `filter.ignoreSelf` skips those.
 */
export interface ForgeIssueEvent {
  readonly eventType: string;
  readonly issue: { id: string; key: string; fields: Record<string, unknown> };
  readonly atlassianId: string;
  readonly selfGenerated: boolean;
  readonly changelog?: { id: string; items: readonly unknown[] };
  readonly associatedUsers: readonly { accountId: string }[];
}

const EVENT_FIELDS = [
  'summary',
  'issuetype',
  'project',
  'status',
  'priority',
  'labels',
  'parent',
  'created',
  'updated',
  'resolutiondate',
];

export function forgeEvent(
  core: SiteCore,
  event: IssueEvent,
): ForgeIssueEvent | null {
  const issue = findIssue(core, event.issueKey);
  if (issue === undefined) return null;

  const all = allFields(core, issue);
  const fields: Record<string, unknown> = {};
  for (const name of EVENT_FIELDS) if (name in all) fields[name] = all[name];
  const actor = event.actor;
  const accountId = actor.kind === 'user' ? actor.accountId : APP_ACCOUNT_ID;
  const selfGenerated =
    actor.kind === 'app' || (actor.kind === 'user' && actor.viaApp);
  return {
    eventType: event.eventType,
    issue: { id: issue.id, key: issue.key, fields: structuredClone(fields) },
    atlassianId: accountId,
    selfGenerated,
    ...(event.eventType === 'avi:jira:updated:issue'
      ? { changelog: { id: randomUUID(), items: event.items } }
      : {}),
    associatedUsers: [{ accountId }],
  };
}

export function triggersFor(
  triggers: readonly TriggerModule[],
  event: ForgeIssueEvent,
): TriggerModule[] {
  return triggers.filter(
    (trigger) =>
      trigger.events.includes(event.eventType) &&
      !(trigger.ignoreSelf && event.selfGenerated),
  );
}
