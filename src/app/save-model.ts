import { createJiraClient } from '../atlassian/jira-client';
import { parseModel } from '../model/validate';
import type { ThreatModel } from '../model/schema';
import { readAnalysis } from './analysis-store';
import { AppError } from './app-error';
import type { ResolverContract } from './contract';
import { openEpic, type Epic } from './epic-access';
import { readLatest, RevisionConflict, writeRevision } from './model-store';
import { named } from './people';
import { MAX_IMPORT_BYTES } from './payloads';
import type { Caller, Ports } from './ports';
import { riskPropertyOf, writeRiskProperty } from './risk-property';

type Contract = ResolverContract;

/**
 * Saves a model typed in the panel. The engine validates it first, so an
 * invalid model never replaces the last good one; then the revision it
 * was edited from must still be the latest, or the save is a CONFLICT.
 */
export async function saveModel(
  ports: Ports,
  caller: Caller,
  payload: Contract['saveModel']['payload'],
): Promise<Contract['saveModel']['answer']> {
  const epic = await openEpic(ports, caller, 'edit');
  const model = parseModel(payload.model);

  const revision = await storeModel(
    ports,
    caller,
    epic,
    payload.baseRevision,
    model,
  );
  return { revision };
}

/** Imports a file from another tool through the engine's importers. */
export async function importModel(
  ports: Ports,
  caller: Caller,
  payload: Contract['importModel']['payload'],
): Promise<Contract['importModel']['answer']> {
  const epic = await openEpic(ports, caller, 'edit');
  if (new TextEncoder().encode(payload.text).length > MAX_IMPORT_BYTES) {
    throw new AppError('INPUT_TOO_LARGE', 'The file is larger than 5 MiB.');
  }

  const imported = ports.engine.importModel(payload.text, payload.fileName);
  const revision = await storeModel(
    ports,
    caller,
    epic,
    payload.baseRevision,
    imported.model,
  );
  ports.log('model_imported', {
    issueKey: epic.key,
    format: imported.format,
    skipped: imported.skipped.length,
  });
  return { revision, skipped: imported.skipped };
}

async function storeModel(
  ports: Ports,
  caller: Caller,
  epic: Epic,
  baseRevision: number,
  model: ThreatModel,
): Promise<number> {
  const latest = await readLatest(ports.store, epic.id);
  const current = latest?.revision ?? 0;
  if (baseRevision !== current) {
    ports.log('model_conflict', { issueKey: epic.key, baseRevision, current });
    throw latest === null
      ? new AppError('CONFLICT', 'The model was deleted. Reload the panel.')
      : await named(ports, new RevisionConflict(latest));
  }

  const saved = await writeRevision(ports.store, epic.id, {
    base: latest,
    model,
    accountId: caller.accountId,
    at: ports.now(),
    token: ports.newId(),
  }).catch(async (error: unknown) => {
    if (!(error instanceof RevisionConflict)) throw error;
    ports.log('model_conflict', { issueKey: epic.key, baseRevision, current });
    throw await named(ports, error);
  });

  const change = saved.history[0]?.change;
  ports.log('model_saved', {
    issueKey: epic.key,
    revision: saved.revision,
    added: change?.added,
    removed: change?.removed,
    changed: change?.changed,
  });
  await markStale(ports, epic);
  return saved.revision;
}

/** The epic's searchable risk now describes an older revision. */
async function markStale(ports: Ports, epic: Epic): Promise<void> {
  const analysis = await readAnalysis(ports.store, epic.id);
  if (analysis === null) return;

  const value = riskPropertyOf(analysis.summary, analysis.modelRevision, true);
  await writeRiskProperty(createJiraClient(ports.asUser), epic.key, value);
}
