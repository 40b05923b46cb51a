import type { Analysis } from '../analysis/types';
import type { JiraClient } from '../atlassian/jira-client';
import {
  type BacklogPlan,
  type EpicLink,
  hasWork,
  planBacklog,
} from '../backlog';
import { findTickets } from './backlog-find';
import {
  type BacklogRecord,
  readRecord,
  sameRecord,
  type SyncStore,
} from './backlog-store';
import type { Settings, TicketRef } from './contract';

export interface SyncInput {
  readonly epic: EpicLink;
  readonly analysis: Analysis;
  readonly settings: Settings;
}

/** What a sync found before writing anything. */
export interface Survey {
  readonly record: BacklogRecord;
  readonly plan: BacklogPlan;
  /** The tickets of the epic's current mitigations. */
  readonly tickets: readonly TicketRef[];
}

/**
 * Reads the cache and Jira, and plans: no writes. `recent` adds the
 * project's latest creations (see backlog-recent.ts) to the cache.
 */
export async function survey(
  deps: { readonly jira: JiraClient; readonly store: SyncStore },
  input: SyncInput,
  recent: ReadonlyMap<string, string> = new Map(),
): Promise<Survey> {
  const record = await readRecord(deps.store, input.epic.key);
  const mitigationKeys = input.analysis.mitigations.map((item) => item.key);
  const cached = new Map(record.tickets);
  for (const key of mitigationKeys) {
    const issueKey = recent.get(key);
    if (issueKey !== undefined && !cached.has(key)) cached.set(key, issueKey);
  }

  const existing = await findTickets(deps.jira, {
    projectKey: input.settings.backlogProjectKey,
    epicKey: input.epic.key,
    mitigationKeys,
    cached,
  });
  const plan = planBacklog({ ...input, existing });

  const current = new Set(mitigationKeys);
  const tickets = [
    ...plan.unchanged,
    ...plan.update.map((u) => u.ticket),
  ].filter((ticket) => current.has(ticket.mitigationKey));
  return { record, plan, tickets };
}

/** The cache as the survey found Jira, keeping what awaits a sprint. */
export function recordOf(found: Survey): BacklogRecord {
  return {
    version: 1,
    tickets: new Map(found.tickets.map((t) => [t.mitigationKey, t.issueKey])),
    pendingSprint: found.record.pendingSprint,
  };
}

/** Whether the sync has anything to write, to Jira or to the cache. */
export function needsWrite(found: Survey): boolean {
  return (
    hasWork(found.plan) ||
    found.record.pendingSprint.length > 0 ||
    !sameRecord(found.record, recordOf(found))
  );
}
