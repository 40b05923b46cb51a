import type { CreateFailure } from './backlog-create';
import type { Survey } from './backlog-survey';
import type { SyncProgressUpdate, SyncResult } from './backlog-sync';
import type { SyncProgress, TicketRef } from './contract';

/** What a sync did, counted as it goes. */
export interface Tally {
  created: TicketRef[];
  failed: CreateFailure[];
  updated: number;
  commented: number;
  linked: number;
  placedInSprint: number;
}

export function doneResult(found: Survey, tally: Tally): SyncResult {
  const tickets = new Map(found.tickets.map((t) => [t.mitigationKey, t]));
  for (const ticket of tally.created) tickets.set(ticket.mitigationKey, ticket);

  return {
    outcome: 'done',
    tickets: [...tickets.values()],
    created: tally.created,
    updated: tally.updated,
    commented: tally.commented,
    linked: tally.linked,
    placedInSprint: tally.placedInSprint,
    failed: tally.failed,
    duplicates: found.plan.duplicates,
  };
}

export function emptyTally(): Tally {
  return {
    created: [],
    failed: [],
    updated: 0,
    commented: 0,
    linked: 0,
    placedInSprint: 0,
  };
}

export function progressOf(
  state: SyncProgress['state'],
  total: number,
  done: number,
  created: readonly TicketRef[],
): SyncProgressUpdate {
  return { state, total, done, created: [...created] };
}
