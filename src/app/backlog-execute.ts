import { placementFor } from '../backlog';
import { applyObsolete, applyUpdate, linkToEpic } from './backlog-apply';
import {
  type CreatedTicket,
  createTickets,
  INDEX_SETTLE_MS,
} from './backlog-create';
import { checkIssueType } from './backlog-issue-type';
import {
  doneResult,
  emptyTally,
  progressOf,
  type Tally,
} from './backlog-result';
import { placePending } from './backlog-sprint';
import { type BacklogRecord, sameRecord, writeRecord } from './backlog-store';
import { recordOf, type Survey, type SyncInput } from './backlog-survey';
import type { SyncDeps, SyncResult } from './backlog-sync';

/**
 * Carries out a sync's plan under the epic's lock: creates, then links,
 * updates, comments and sprint placement, saving the cache after every
 * bulk call so a crash loses as little as possible.
 */
export interface CreateHooks {
  /** After each bulk call, with what it created. */
  readonly afterBulk: (made: readonly CreatedTicket[]) => Promise<void>;
  /** Once every ticket is created, before the links. */
  readonly createsDone: () => Promise<void>;
}

export async function execute(
  deps: SyncDeps,
  input: SyncInput,
  found: Survey,
  hooks: CreateHooks,
): Promise<SyncResult> {
  const epic = input.epic.key;
  const { plan } = found;
  const tally = emptyTally();
  const total = plan.create.length + plan.update.length + plan.obsolete.length;
  let done = 0;
  let stored = found.record;
  let record = recordOf(found);
  const report = (): Promise<void> | void =>
    deps.progress(progressOf('running', total, done, tally.created));
  const save = async (): Promise<void> => {
    if (sameRecord(stored, record)) return;
    await writeRecord(deps.store, epic, record);
    stored = record;
  };

  deps.log('backlog.sync.plan', {
    epic,
    create: plan.create.length,
    update: plan.update.length,
    obsolete: plan.obsolete.length,
    unchanged: plan.unchanged.length,
    duplicates: plan.duplicates.length,
  });
  await report();

  const context = { jira: deps.jira, epicKey: epic, log: deps.log };
  if (plan.create.length > 0) {
    await createAndLink(
      deps,
      input,
      plan.create,
      tally,
      hooks,
      async (made) => {
        record = withCreated(record, made, input.settings.sprint !== 'none');
        await save();
        done += made.length;
        await report();
      },
    );
    done += tally.failed.length;
  }

  for (const update of plan.update) {
    tally.linked += (await applyUpdate(context, update)).linked;
    tally.updated++;
    done++;
    await report();
  }

  for (const obsolete of plan.obsolete) {
    tally.commented += (await applyObsolete(context, obsolete)).commented;
    done++;
    await report();
  }

  const pending = record.pendingSprint;
  if (pending.length > 0) {
    tally.placedInSprint = await placePending(
      deps,
      input.settings,
      epic,
      pending,
    );
  }
  record = { ...record, pendingSprint: [] };
  await save();

  if (tally.failed.length > 0)
    deps.log('backlog.sync.refused', { epic, count: tally.failed.length });
  await deps.progress(progressOf('done', total, total, tally.created));
  return doneResult(found, tally);
}

/**
 * Creates the planned tickets and, when they cannot be the epic's
 * children, links each to it. `onCreated` runs after every bulk call.
 */
async function createAndLink(
  deps: SyncDeps,
  input: SyncInput,
  tickets: Survey['plan']['create'],
  tally: Tally,
  hooks: CreateHooks,
  onCreated: (made: readonly CreatedTicket[]) => Promise<void>,
): Promise<void> {
  const epic = input.epic.key;
  await checkIssueType(deps.jira, input.settings);
  const placement = placementFor(epic, input.settings.backlogProjectKey);
  deps.log('backlog.sync.placement', { epic, placement: placement.kind });

  const context = { jira: deps.jira, epicKey: epic, log: deps.log };
  const outcome = await createTickets(
    {
      ...context,
      projectKey: input.settings.backlogProjectKey,
      placement,
      settle: () => deps.sleep?.(INDEX_SETTLE_MS) ?? Promise.resolve(),
      onCreated: async (made) => {
        await hooks.afterBulk(made);
        tally.created.push(
          ...made.map((t) => ({ ...t, statusCategory: 'new' as const })),
        );
        await onCreated(made);
      },
    },
    tickets,
  );
  tally.failed.push(...outcome.failed);
  await hooks.createsDone();

  if (placement.kind === 'linked') {
    for (const ticket of outcome.created) {
      await linkToEpic(context, ticket.issueKey);
      tally.linked++;
    }
  }
}

// TODO: set the sprint field in the bulk create once its field id is read
// from /rest/api/3/field: until then a crash between a bulk create and the
// cache write leaves those tickets out of the sprint (never duplicated).
function withCreated(
  record: BacklogRecord,
  made: readonly { mitigationKey: string; issueKey: string }[],
  toSprint: boolean,
): BacklogRecord {
  const tickets = new Map(record.tickets);
  for (const ticket of made) tickets.set(ticket.mitigationKey, ticket.issueKey);
  const fresh = toSprint ? made.map((t) => t.issueKey) : [];
  const pendingSprint = [...new Set([...record.pendingSprint, ...fresh])];
  return { version: 1, tickets, pendingSprint };
}
