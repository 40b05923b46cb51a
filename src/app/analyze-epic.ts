import type { Analysis } from '../analysis/types';
import { createJiraClient, type JiraClient } from '../atlassian/jira-client';
import { writeAnalysis, type AnalysisRecord } from './analysis-store';
import { AppError } from './app-error';
import type { EpicState, TicketRef } from './contract';
import { openEpic, type Epic } from './epic-access';
import { readEpicState } from './epic-state';
import { readLatest, type LatestModel } from './model-store';
import type { Caller, Ports } from './ports';
import { riskPropertyOf, writeRiskProperty } from './risk-property';
import { findEpicTickets, implementedKeys } from './tickets';

/** Runs the analysis of the epic's latest model and stores it. */
export async function analyzeEpic(
  ports: Ports,
  caller: Caller,
): Promise<EpicState> {
  const epic = await openEpic(ports, caller, 'edit');
  const refreshed = await refreshAnalysis(
    ports,
    epic,
    createJiraClient(ports.asUser),
  );
  if (refreshed === null) {
    throw new AppError('NOT_FOUND', 'Save a model before analyzing it.');
  }

  const { record } = refreshed;
  ports.log('epic_analyzed', {
    issueKey: epic.key,
    revision: record.modelRevision,
    threats: record.summary.threatCount,
    implemented: record.implemented.length,
    aboveTolerance: record.summary.aboveTolerance,
  });
  return readEpicState(ports, epic, refreshed);
}

/** An analysis just run, with the record stored for it and its model. */
export interface Refreshed {
  readonly record: AnalysisRecord;
  readonly analysis: Analysis;
  readonly latest: LatestModel;
}

/**
 * Analyzes the latest model with the mitigations whose tickets are done,
 * stores what it cannot derive again (see analysis-store.ts) with the
 * revision it read, and updates the epic's searchable risk through
 * `writer`. Ticket statuses are read as the app: the stored analysis is
 * the same for every viewer. `fresh`: see findEpicTickets. Null without a
 * model.
 */
export async function refreshAnalysis(
  ports: Ports,
  epic: Pick<Epic, 'key' | 'id'>,
  writer: JiraClient,
  fresh?: TicketRef,
): Promise<Refreshed | null> {
  const latest = await readLatest(ports.store, epic.id);
  if (latest === null) return null;

  const tickets = await findEpicTickets(
    createJiraClient(ports.asApp),
    ports.store,
    epic.key,
    fresh,
  );
  const implemented = implementedKeys(tickets);
  const analysis = ports.engine.analyze(latest.model, implemented);
  const record: AnalysisRecord = {
    modelRevision: latest.revision,
    analyzedAt: ports.now().toISOString(),
    implemented,
    summary: analysis.summary,
  };

  await writeAnalysis(ports.store, epic.id, ports.newId(), record);
  await writeRiskProperty(
    writer,
    epic.key,
    riskPropertyOf(record.summary, record.modelRevision, false),
  );
  return { record, analysis, latest };
}
