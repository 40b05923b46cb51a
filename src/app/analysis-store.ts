import type { Summary } from '../analysis/types';
import { deleteBlob, getBlob, putBlob, type BlobRef } from './blob-store';
import type { AppStore } from './ports';
import { storageKeys } from './storage-keys';

/**
 * What the app keeps of an epic's last analysis: only what cannot be
 * derived. The analysis itself is not stored: the engine is deterministic,
 * so the analyzed revision's model and the mitigation keys that counted as
 * implemented give it back byte for byte (see analysis-view.ts). The
 * summary, a few counts, feeds the epic's searchable risk and the logs
 * without running the engine. The last writer wins, and a later model
 * revision makes the record stale.
 */
export interface AnalysisRecord {
  readonly modelRevision: number;
  /** ISO 8601. */
  readonly analyzedAt: string;
  readonly implemented: readonly string[];
  readonly summary: Summary;
}

/** The stored form; `implemented` may outgrow one entry (1,000 keys). */
interface StoredRecord {
  readonly version: 2;
  readonly modelRevision: number;
  readonly analyzedAt: string;
  readonly summary: Summary;
  readonly implemented: BlobRef;
}

/** The form written before analyses were derived: the whole analysis. */
interface LegacyRecord {
  readonly modelRevision: number;
  readonly analyzedAt: string;
  readonly implemented: readonly string[];
  readonly blob: BlobRef;
}

type Stored = StoredRecord | LegacyRecord;

export async function readAnalysis(
  store: AppStore,
  issueId: string,
): Promise<AnalysisRecord | null> {
  const stored = await readStored(store, issueId);
  if (stored === undefined) return null;

  const prefix = storageKeys.analysisParts(issueId);
  if (isLegacy(stored)) {
    const { blob, ...rest } = stored;
    const analysis = (await getBlob(store, prefix, blob)) as {
      summary: Summary;
    };
    return { ...rest, summary: analysis.summary };
  }

  const keys = (await getBlob(store, prefix, stored.implemented)) as string[];
  return {
    modelRevision: stored.modelRevision,
    analyzedAt: stored.analyzedAt,
    implemented: keys,
    summary: stored.summary,
  };
}

export async function writeAnalysis(
  store: AppStore,
  issueId: string,
  token: string,
  record: AnalysisRecord,
): Promise<void> {
  const prefix = storageKeys.analysisParts(issueId);
  const previous = await readStored(store, issueId);
  const { implemented, ...rest } = record;
  const keys = await putBlob(store, prefix, token, implemented, 'analysis');
  const stored: StoredRecord = { version: 2, ...rest, implemented: keys };

  await store.set(storageKeys.analysis(issueId), stored);
  // TODO: sweep pieces orphaned when two analyses of one epic overlap, once
  // a scheduled trigger exists; today the slower writer's pieces remain.
  if (previous !== undefined) {
    const old = isLegacy(previous) ? previous.blob : previous.implemented;
    await deleteBlob(store, prefix, old);
  }
}

async function readStored(
  store: AppStore,
  issueId: string,
): Promise<Stored | undefined> {
  return (await store.get(storageKeys.analysis(issueId))) as Stored | undefined;
}

function isLegacy(stored: Stored): stored is LegacyRecord {
  return !('version' in stored);
}
