import { createJiraClient, type JiraClient } from '../atlassian/jira-client';
import { toPlanView } from '../backlog';
import { readAnalysis, type AnalysisRecord } from './analysis-store';
import { AppError } from './app-error';
import { survey } from './backlog-survey';
import { syncBacklog as runSync, type SyncInput } from './backlog-sync';
import type {
  BacklogPlanView,
  ResolverContract,
  SyncProgress,
} from './contract';
import { openEpic, type Epic } from './epic-access';
import { readLatest, type LatestModel } from './model-store';
import type { Caller, Ports } from './ports';
import { readSettings } from './settings';
import { storageKeys } from './storage-keys';

/**
 * Backlog tickets from the epic's analysis, through the backlog sync. A
 * sync of at most INLINE_LIMIT new tickets runs in the resolver; a larger
 * one goes to the queue consumer (15 minutes, not 25 s) with a job id,
 * and its progress is kept for `getSyncProgress`.
 */
export const INLINE_LIMIT = 50;

export async function previewBacklog(
  ports: Ports,
  caller: Caller,
): Promise<BacklogPlanView> {
  const epic = await openEpic(ports, caller, 'browse');
  const input = await syncInput(ports, epic);

  const found = await survey(
    { jira: createJiraClient(ports.asUser), store: ports.store },
    input,
  );
  ports.log('backlog_previewed', {
    issueKey: epic.key,
    create: found.plan.create.length,
  });
  return toPlanView(found.plan);
}

export async function syncBacklog(
  ports: Ports,
  caller: Caller,
): Promise<SyncProgress> {
  const epic = await openEpic(ports, caller, 'edit');
  const input = await syncInput(ports, epic);
  const jira = createJiraClient(ports.asUser);
  const jobId = ports.newId();

  const planned = (await survey({ jira, store: ports.store }, input)).plan
    .create.length;
  if (planned > INLINE_LIMIT) {
    const queued: SyncProgress = {
      jobId,
      state: 'queued',
      total: planned,
      done: 0,
      created: [],
    };
    await ports.store.set(storageKeys.syncJob(epic.id, jobId), queued);
    await ports.queue.push({ issueId: epic.id, epicKey: epic.key, jobId });
    ports.log('backlog_sync_queued', { issueKey: epic.key, create: planned });
    return queued;
  }

  let last: SyncProgress = {
    jobId,
    state: 'running',
    total: planned,
    done: 0,
    created: [],
  };
  await runJob(ports, jira, input, (update) => {
    last = { ...update, jobId };
  });
  ports.log('backlog_synced', {
    issueKey: epic.key,
    created: last.created.length,
  });
  return last;
}

export async function getSyncProgress(
  ports: Ports,
  caller: Caller,
  payload: ResolverContract['getSyncProgress']['payload'],
): Promise<SyncProgress> {
  const epic = await openEpic(ports, caller, 'browse');

  // Keyed by the epic's id: a job id from another epic finds nothing here.
  const stored = await ports.store.get(
    storageKeys.syncJob(epic.id, payload.jobId),
  );
  if (stored === undefined)
    throw new AppError('NOT_FOUND', 'There is no such sync.');
  return stored as SyncProgress;
}

export async function runJob(
  ports: Ports,
  jira: JiraClient,
  input: SyncInput,
  progress: (update: Omit<SyncProgress, 'jobId'>) => Promise<void> | void,
): Promise<void> {
  const result = await runSync(
    {
      jira,
      store: ports.store,
      progress,
      now: () => ports.now().getTime(),
      random: () => Math.random(),
      log: (event, fields) => {
        ports.log(event, fields);
      },
    },
    input,
  );
  if (result.outcome === 'busy') {
    throw new AppError(
      'BUSY',
      'Another sync of this epic is running. Try again shortly.',
    );
  }
}

/**
 * The sync needs an analysis of the model as it is now: the latest model,
 * analyzed again with the mitigation keys its last analysis counted as
 * implemented, gives that analysis back exactly (see analysis-view.ts).
 */
export async function syncInput(
  ports: Ports,
  epic: Pick<Epic, 'id' | 'key' | 'summary'>,
): Promise<SyncInput> {
  const { record, latest } = requireFresh(
    await readAnalysis(ports.store, epic.id),
    await readLatest(ports.store, epic.id),
  );

  return {
    epic: { key: epic.key, summary: epic.summary, url: `/browse/${epic.key}` },
    analysis: ports.engine.analyze(latest.model, record.implemented),
    settings: await readSettings(ports),
  };
}

function requireFresh(
  record: AnalysisRecord | null,
  latest: LatestModel | null,
): { record: AnalysisRecord; latest: LatestModel } {
  if (record === null || latest === null) {
    throw new AppError(
      'NOT_FOUND',
      'Analyze the model before planning tickets.',
    );
  }
  if (record.modelRevision !== latest.revision) {
    throw new AppError(
      'CONFLICT',
      'The model changed since its last analysis: analyze it again first.',
    );
  }
  return { record, latest };
}
