import { BULK_CREATE_LIMIT, type JiraClient } from '../atlassian/jira-client';
import { JiraError } from '../atlassian/jira-error';
import type { NewIssue } from '../atlassian/jira-types';
import {
  MITIGATION_PROPERTY,
  type Placement,
  type TicketToCreate,
} from '../backlog';
import { findByKeys } from './backlog-find';

export type Logger = (
  event: string,
  fields: Record<string, string | number>,
) => void;

export interface CreateContext {
  readonly jira: JiraClient;
  readonly epicKey: string;
  readonly projectKey: string;
  readonly placement: Placement;
  readonly log: Logger;
  /** Waits for Jira's search to catch up before looking for lost issues. */
  readonly settle: () => Promise<void>;
  /** Persists what exists now; called after every bulk call, before the next. */
  readonly onCreated: (created: readonly CreatedTicket[]) => Promise<void>;
}

export interface CreatedTicket {
  readonly mitigationKey: string;
  readonly issueKey: string;
}

export interface CreateFailure {
  readonly mitigationKey: string;
  readonly status: number;
  readonly messages: readonly string[];
}

/** How long Jira's search index is given to show new issues. */
export const INDEX_SETTLE_MS = 3_000;

/** Bulk calls per chunk when Jira's answers keep getting lost. */
export const MAX_CREATE_ROUNDS = 4;

/**
 * Creates the tickets in bulk calls of at most 50, each ticket carrying its
 * mitigation property from its first instant. When a call fails in a way
 * that may have created some of them (a server error, a lost answer), the
 * chunk is searched for by key before what is still missing is sent again,
 * so a retry never creates a ticket twice.
 */
export async function createTickets(
  context: CreateContext,
  tickets: readonly TicketToCreate[],
): Promise<{ created: CreatedTicket[]; failed: CreateFailure[] }> {
  const created: CreatedTicket[] = [];
  const failed: CreateFailure[] = [];

  for (let i = 0; i < tickets.length; i += BULK_CREATE_LIMIT) {
    let remaining = tickets.slice(i, i + BULK_CREATE_LIMIT);

    for (let round = 1; remaining.length > 0; round++) {
      try {
        const result = await context.jira.createIssuesBulk(
          remaining.map((ticket) => newIssue(context, ticket)),
        );
        const made = result.created.flatMap(({ index, key }) => {
          const ticket = remaining[index];
          return ticket
            ? [{ mitigationKey: ticket.draft.mitigationKey, issueKey: key }]
            : [];
        });
        failed.push(
          ...result.failed.flatMap((failure) => failureOf(remaining, failure)),
        );
        created.push(...made);
        await context.onCreated(made);
        remaining = [];
      } catch (error) {
        if (!(error instanceof JiraError && error.outcomeUnknown)) throw error;
        if (round >= MAX_CREATE_ROUNDS) throw error;

        // TODO: search with `reconcileIssues` once Jira answers a lost bulk
        // call's ids some other way: its search index lags writes, so this
        // re-search waits `settle` first (seconds on Cloud). A longer lag
        // could still hide a created issue and have it created twice; the
        // epic's lock and the project's creation lock keep any other sync
        // out of that window meanwhile.
        context.log('backlog.create.recheck', { epic: context.epicKey, round });
        await context.settle();
        const keys = remaining.map((ticket) => ticket.draft.mitigationKey);
        const found = await findByKeys(context.jira, context.projectKey, keys);
        const recovered = found.map((t) => ({
          mitigationKey: t.property.key,
          issueKey: t.issueKey,
        }));
        const exists = new Set(recovered.map((t) => t.mitigationKey));

        created.push(...recovered);
        await context.onCreated(recovered);
        remaining = remaining.filter((t) => !exists.has(t.draft.mitigationKey));
      }
    }
  }

  return { created, failed };
}

function newIssue(context: CreateContext, ticket: TicketToCreate): NewIssue {
  const { draft } = ticket;
  return {
    projectKey: draft.projectKey,
    issueTypeName: draft.issueType,
    summary: draft.summary,
    description: ticket.description,
    priorityName: draft.priority,
    labels: draft.labels,
    ...(context.placement.kind === 'child'
      ? { parentKey: context.placement.parentKey }
      : {}),
    properties: [{ key: MITIGATION_PROPERTY, value: ticket.property }],
  };
}

function failureOf(
  sent: readonly TicketToCreate[],
  failure: { index: number; status: number; messages: readonly string[] },
): CreateFailure[] {
  const ticket = sent[failure.index];
  if (ticket === undefined) return [];
  return [
    {
      mitigationKey: ticket.draft.mitigationKey,
      status: failure.status,
      messages: failure.messages,
    },
  ];
}
