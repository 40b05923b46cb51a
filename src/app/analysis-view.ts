import type { Analysis } from '../analysis/types';
import type { ThreatModel } from '../model/schema';
import type { AnalysisRecord } from './analysis-store';
import { readModelAt, type LatestModel } from './model-store';
import type { Ports } from './ports';

/**
 * The full analysis an AnalysisRecord stands for, run again from the
 * model revision it read and the mitigation keys it counted as
 * implemented: the same inputs give the same analysis, so nothing of it
 * needs storing. About 2 to 6 s for a model of 10,000 elements, which the
 * model's own size limit bounds. Null when that revision was pruned (only
 * the latest ten are kept): the analysis must then be run again.
 *
 * TODO: store a fingerprint of the engine and catalog with the record once
 * an upgrade may change rules, so a record analyzed under older rules can
 * say so instead of being read under the new ones.
 */
export async function deriveAnalysis(
  ports: Pick<Ports, 'store' | 'engine'>,
  issueId: string,
  record: AnalysisRecord,
  latest: Pick<LatestModel, 'revision' | 'model'> | null,
): Promise<Analysis | null> {
  const model = await analyzedModel(ports, issueId, record, latest);
  return model === null
    ? null
    : ports.engine.analyze(model, record.implemented);
}

/** The model the record's analysis read, or null once it was pruned. */
export async function analyzedModel(
  ports: Pick<Ports, 'store'>,
  issueId: string,
  record: Pick<AnalysisRecord, 'modelRevision'>,
  latest: Pick<LatestModel, 'revision' | 'model'> | null,
): Promise<ThreatModel | null> {
  if (latest?.revision === record.modelRevision) return latest.model;
  return readModelAt(ports.store, issueId, record.modelRevision);
}

/** What analyzing a model costs, in elements and flows: its work grows with these. */
export function analysisCost(model: ThreatModel): number {
  return model.elements.length + model.flows.length;
}
