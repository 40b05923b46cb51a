import type { Analysis } from '../analysis/types';
import { createJiraClient } from '../atlassian/jira-client';
import type { Refreshed } from './analyze-epic';
import { readAnalysis, type AnalysisRecord } from './analysis-store';
import { deriveAnalysis } from './analysis-view';
import type { EpicState } from './contract';
import { openEpic, type Epic } from './epic-access';
import { readLatest, type LatestModel } from './model-store';
import type { Caller, Ports } from './ports';
import { findEpicTickets } from './tickets';

/** What the panel shows: the epic's model, last analysis and tickets. */
export async function getEpicState(
  ports: Ports,
  caller: Caller,
): Promise<EpicState> {
  const epic = await openEpic(ports, caller, 'browse');
  const state = await readEpicState(ports, epic);

  ports.log('epic_state_read', {
    issueKey: epic.key,
    revision: state.revision,
    analyzedRevision: state.analyzedRevision,
    tickets: state.tickets.length,
    stale: state.stale,
  });
  return state;
}

/**
 * The state of an epic the caller was already allowed to see. The
 * analysis is derived again from its record, unless `known` brings the one
 * just run. Once the analyzed revision is pruned it is null, with its
 * revision still named and the model stale: the panel asks to analyze.
 */
export async function readEpicState(
  ports: Ports,
  epic: Epic,
  known?: Refreshed,
): Promise<EpicState> {
  const [latest, record, tickets] = await Promise.all([
    known?.latest ?? readLatest(ports.store, epic.id),
    known?.record ?? readAnalysis(ports.store, epic.id),
    findEpicTickets(createJiraClient(ports.asUser), ports.store, epic.key),
  ]);
  const analysis =
    known?.analysis ?? (await analysisOf(ports, epic, record, latest));

  return {
    epic: { key: epic.key, summary: epic.summary, canEdit: epic.canEdit },
    model: latest?.model ?? null,
    revision: latest?.revision ?? 0,
    stale: isStale(latest, record),
    analysis,
    analyzedRevision: record?.modelRevision ?? null,
    tickets,
    history: latest?.history ?? [],
  };
}

async function analysisOf(
  ports: Ports,
  epic: Epic,
  record: AnalysisRecord | null,
  latest: LatestModel | null,
): Promise<Analysis | null> {
  if (record === null) return null;

  const analysis = await deriveAnalysis(ports, epic.id, record, latest);
  if (analysis === null) {
    ports.log('analysis_pruned', {
      issueKey: epic.key,
      analyzedRevision: record.modelRevision,
    });
  }
  return analysis;
}

/** A model saved after its last analysis, or never analyzed, is stale. */
export function isStale(
  latest: Pick<LatestModel, 'revision'> | null,
  analysis: Pick<AnalysisRecord, 'modelRevision'> | null,
): boolean {
  if (latest === null) return false;
  return analysis === null || analysis.modelRevision !== latest.revision;
}
