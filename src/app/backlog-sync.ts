import type { JiraClient } from '../atlassian/jira-client';
import { JiraError } from '../atlassian/jira-error';
import type { CreateFailure, Logger } from './backlog-create';
import { toUiError } from './backlog-errors';
import { execute } from './backlog-execute';
import { doneResult, emptyTally, progressOf } from './backlog-result';
import {
  acquireLock,
  type HeldLock,
  LOCK_TTL_MS,
  lockKey,
  projectLockKey,
  releaseLock,
} from './backlog-lock';
import { addRecent, readRecent } from './backlog-recent';
import type { SyncStore } from './backlog-store';
import {
  needsWrite,
  survey,
  type Survey,
  type SyncInput,
} from './backlog-survey';
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
  /**
   * Waits, on the clock `now` reads. Used before searching for what a
   * bulk call whose answer was lost created; without it there is no wait.
   */
  readonly sleep?: (ms: number) => Promise<void>;
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

  const ttl = deps.lockTtlMs ?? LOCK_TTL_MS;
  const lock = await acquireLock(deps, lockKey(epic), ttl);
  if (lock === null) {
    deps.log('backlog.sync.busy', { epic, lock: 'epic' });
    return { outcome: 'busy' };
  }

  const project = input.settings.backlogProjectKey;
  const creation = creationLock(deps, project, ttl);
  try {
    const found = await surveyToWrite(deps, input, creation, first);
    if (found === null) {
      deps.log('backlog.sync.busy', { epic, lock: 'project' });
      return { outcome: 'busy' };
    }

    return await execute(deps, input, found, {
      afterBulk: (made) => addRecent(deps.store, project, made, deps.now()),
      createsDone: () => creation.release(),
    });
  } catch (error) {
    const uiError = toUiError(error);
    deps.log('backlog.sync.failed', { epic, code: codeOf(error) });
    await deps.progress({ ...progressOf('failed', 0, 0, []), error: uiError });
    throw error;
  } finally {
    await creation.release();
    await releaseLock(deps.store, lock);
  }
}

/**
 * Surveys again under the epic's lock. A sync that will create tickets
 * first takes the project's creation lock and reads the project's recent
 * creations, so an epic sharing a mitigation cannot create it at the same
 * moment. Null when another sync holds that lock.
 */
async function surveyToWrite(
  deps: SyncDeps,
  input: SyncInput,
  creation: CreationLock,
  first: Survey,
): Promise<Survey | null> {
  if (first.plan.create.length > 0 && !(await creation.take())) return null;
  const found = await survey(deps, input, await creation.recent());
  if (found.plan.create.length === 0 || creation.held) return found;

  if (!(await creation.take())) return null;
  return survey(deps, input, await creation.recent());
}

interface CreationLock {
  readonly held: boolean;
  take(): Promise<boolean>;
  recent(): Promise<ReadonlyMap<string, string>>;
  /** Releases the lock if held; may be called again. */
  release(): Promise<void>;
}

function creationLock(
  deps: SyncDeps,
  project: string,
  ttl: number,
): CreationLock {
  let lock: HeldLock | null = null;

  return {
    get held() {
      return lock !== null;
    },
    take: async () => {
      lock ??= await acquireLock(deps, projectLockKey(project), ttl);
      return lock !== null;
    },
    recent: () =>
      lock === null
        ? Promise.resolve(new Map())
        : readRecent(deps.store, project, deps.now()),
    release: async () => {
      const held = lock;
      lock = null;
      if (held !== null) await releaseLock(deps.store, held);
    },
  };
}

function codeOf(error: unknown): string {
  if (error instanceof JiraError) return error.code;
  return toUiError(error).code;
}
