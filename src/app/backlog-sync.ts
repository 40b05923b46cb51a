import type { JiraClient } from '../atlassian/jira-client';
import { JiraError } from '../atlassian/jira-error';
import type { CreateFailure, Logger } from './backlog-create';
import { toUiError } from './backlog-errors';
import { doneResult, emptyTally, execute, progressOf } from './backlog-execute';
import { acquireLock, LOCK_TTL_MS, releaseLock } from './backlog-lock';
import type { SyncStore } from './backlog-store';
import { needsWrite, survey, type SyncInput } from './backlog-survey';
import type { SyncProgress, TicketRef } from './contract';

export type { SyncInput } from './backlog-survey';
export type { Logger } from './backlog-create';

export interface SyncDeps {
  /** Acting as the user, or as the app after a permission check. */
  readonly jira: JiraClient;
  readonly store: SyncStore;
  readonly progress: (progress: SyncProgressUpdate) => Promise<void> | void;
  readonly now: () => number;
  readonly random: () => number;
  /** One line per decision, keyed by epic key; never issue or model text. */
  readonly log: Logger;
  readonly lockTtlMs?: number;
}

/** A SyncProgress without its job id, which the caller owns. */
export type SyncProgressUpdate = Omit<SyncProgress, 'jobId'>;

export type SyncResult =
  | { readonly outcome: 'busy' }
  | {
      readonly outcome: 'done';
      /** The tickets of the epic's current mitigations, new ones included. */
      readonly tickets: readonly TicketRef[];
      readonly created: readonly TicketRef[];
      readonly updated: number;
      readonly commented: number;
      readonly linked: number;
      readonly placedInSprint: number;
      /** Tickets Jira refused to create; the next sync tries again. */
      readonly failed: readonly CreateFailure[];
      /** Extra tickets for a key that already had one; left alone. */
      readonly duplicates: readonly TicketRef[];
    };

/**
 * Makes the epic's security backlog match its analysis: one ticket per
 * open mitigation, never two. It reads first and writes nothing when
 * nothing changed; otherwise it takes the epic's lock, reads again (another
 * sync may have just finished) and carries out the plan. A sync stopped at
 * any point resumes from what Jira holds: see `findTickets`.
 */
export async function syncBacklog(
  deps: SyncDeps,
  input: SyncInput,
): Promise<SyncResult> {
  const epic = input.epic.key;
  const first = await survey(deps, input);
  if (!needsWrite(first)) {
    deps.log('backlog.sync.unchanged', { epic, tickets: first.tickets.length });
    await deps.progress(
      progressOf('done', first.tickets.length, first.tickets.length, []),
    );
    return doneResult(first, emptyTally());
  }

  const lock = await acquireLock(deps, epic, deps.lockTtlMs ?? LOCK_TTL_MS);
  if (lock === null) {
    deps.log('backlog.sync.busy', { epic });
    return { outcome: 'busy' };
  }

  try {
    return await execute(deps, input, await survey(deps, input));
  } catch (error) {
    const uiError = toUiError(error);
    deps.log('backlog.sync.failed', { epic, code: codeOf(error) });
    await deps.progress({ ...progressOf('failed', 0, 0, []), error: uiError });
    throw error;
  } finally {
    await releaseLock(deps.store, lock);
  }
}

function codeOf(error: unknown): string {
  if (error instanceof JiraError) return error.code;
  return toUiError(error).code;
}
