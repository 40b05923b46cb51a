import { ThreatModel } from '../model/schema';
import { AppError } from './app-error';
import { deleteBlob, getBlob, putBlob, type BlobRef } from './blob-store';
import type { RevisionEntry } from './contract';
import { countChanges } from './model-diff';
import type { AppStore } from './ports';
import { storageKeys } from './storage-keys';

/**
 * The models of one epic as a log of revisions, each written once with
 * `setIfAbsent`: of two saves from the same base revision exactly one
 * claims the next number, the other gets CONFLICT. The head record is only
 * a hint for where to start reading; readers step forward past it, so a
 * writer that stopped after its claim loses nothing.
 */
export interface StoredRevision {
  readonly revision: number;
  readonly savedBy: string;
  /** ISO 8601. */
  readonly savedAt: string;
  /** Newest first, this revision's entry included; counts, never text. */
  readonly history: readonly RevisionEntry[];
  readonly model: BlobRef;
}

export interface LatestModel extends Omit<StoredRevision, 'model'> {
  readonly model: ThreatModel;
}

export const HISTORY_LENGTH = 50;
/** Revisions kept whole; older ones are deleted (their history lives on). */
const KEPT_REVISIONS = 10;
/** Steps read past the head hint at most. */
const MAX_STEPS = KEPT_REVISIONS;

export async function readLatest(
  store: AppStore,
  issueId: string,
): Promise<LatestModel | null> {
  const head = (await store.get(storageKeys.modelHead(issueId))) as
    { revision: number } | undefined;
  let revision = head?.revision ?? 0;
  let record =
    revision > 0 ? await readRevision(store, issueId, revision) : undefined;

  for (let step = 0; step < MAX_STEPS; step++) {
    const next = await readRevision(store, issueId, revision + 1);
    if (next === undefined) break;
    revision += 1;
    record = next;
  }
  if (record === undefined) return null;

  return { ...record, model: await modelOf(store, issueId, record) };
}

/**
 * The model of one revision, or null once it was pruned (only the last
 * KEPT_REVISIONS are kept whole) or never existed.
 */
export async function readModelAt(
  store: AppStore,
  issueId: string,
  revision: number,
): Promise<ThreatModel | null> {
  const record = await readRevision(store, issueId, revision);
  return record === undefined ? null : modelOf(store, issueId, record);
}

async function modelOf(
  store: AppStore,
  issueId: string,
  record: StoredRevision,
): Promise<ThreatModel> {
  const data = await getBlob(
    store,
    storageKeys.modelParts(issueId),
    record.model,
  );
  return ThreatModel.parse(data);
}

export interface NewRevision {
  readonly base: LatestModel | null;
  readonly model: ThreatModel;
  readonly accountId: string;
  readonly at: Date;
  /** Unique per write: names this writer's pieces of a large model. */
  readonly token: string;
}

/** Claims revision base + 1, or throws CONFLICT naming who holds it. */
export async function writeRevision(
  store: AppStore,
  issueId: string,
  input: NewRevision,
): Promise<StoredRevision> {
  const revision = (input.base?.revision ?? 0) + 1;
  const savedAt = input.at.toISOString();
  const entry: RevisionEntry = {
    revision,
    accountId: input.accountId,
    at: savedAt,
    change: countChanges(input.base?.model ?? null, input.model),
  };
  const partsPrefix = storageKeys.modelParts(issueId);
  const record: StoredRevision = {
    revision,
    savedBy: input.accountId,
    savedAt,
    history: [entry, ...(input.base?.history ?? [])].slice(0, HISTORY_LENGTH),
    model: await putBlob(store, partsPrefix, input.token, input.model, 'model'),
  };

  const key = storageKeys.modelRevision(issueId, revision);
  if (!(await store.setIfAbsent(key, record))) {
    await deleteBlob(store, partsPrefix, record.model);
    const winner = await readRevision(store, issueId, revision);
    throw new RevisionConflict(winner ?? { revision, savedBy: null, savedAt });
  }

  await store.set(storageKeys.modelHead(issueId), { revision });
  await prune(store, issueId, revision - KEPT_REVISIONS);
  return record;
}

/** Who holds a revision, when the store still knows. */
export type RevisionHolder = Pick<StoredRevision, 'revision' | 'savedAt'> & {
  readonly savedBy: string | null;
};

/**
 * CONFLICT, naming the revision that won and its author: by `name` when
 * the caller could look the account up in Jira, else by account id.
 */
export class RevisionConflict extends AppError {
  constructor(
    readonly current: RevisionHolder,
    name?: string,
  ) {
    const author =
      name ??
      (current.savedBy === null
        ? 'another user'
        : `account ${current.savedBy}`);
    super(
      'CONFLICT',
      `The model changed while you edited it: revision ${current.revision} ` +
        `was saved by ${author} at ${current.savedAt}. ` +
        'Reload, then apply your change again.',
    );
  }
}

async function readRevision(
  store: AppStore,
  issueId: string,
  revision: number,
): Promise<StoredRevision | undefined> {
  const value = await store.get(storageKeys.modelRevision(issueId, revision));
  return value as StoredRevision | undefined;
}

async function prune(
  store: AppStore,
  issueId: string,
  revision: number,
): Promise<void> {
  if (revision < 1) return;

  const old = await readRevision(store, issueId, revision);
  if (old === undefined) return;
  await deleteBlob(store, storageKeys.modelParts(issueId), old.model);
  await store.delete(storageKeys.modelRevision(issueId, revision));
}
