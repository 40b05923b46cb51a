import { createJiraClient } from '../atlassian/jira-client';
import { readAnalysis, type AnalysisRecord } from './analysis-store';
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

/** The state of an epic the caller was already allowed to see. */
export async function readEpicState(
  ports: Ports,
  epic: Epic,
): Promise<EpicState> {
  const [latest, analysis, tickets] = await Promise.all([
    readLatest(ports.store, epic.id),
    readAnalysis(ports.store, epic.id),
    findEpicTickets(createJiraClient(ports.asUser), ports.store, epic.key),
  ]);

  return {
    epic: { key: epic.key, summary: epic.summary, canEdit: epic.canEdit },
    model: latest?.model ?? null,
    revision: latest?.revision ?? 0,
    stale: isStale(latest, analysis),
    analysis: analysis?.analysis ?? null,
    analyzedRevision: analysis?.modelRevision ?? null,
    tickets,
    history: latest?.history ?? [],
  };
}

/** A model saved after its last analysis, or never analyzed, is stale. */
export function isStale(
  latest: Pick<LatestModel, 'revision'> | null,
  analysis: Pick<AnalysisRecord, 'modelRevision'> | null,
): boolean {
  if (latest === null) return false;
  return analysis === null || analysis.modelRevision !== latest.revision;
}
