import type { Catalog } from '../catalog/schema';
import type { ThreatModel } from '../model/schema';
import { assess, assessContext, toThreat } from './assess';
import { planMitigations } from './mitigations';
import { applicablePacks } from './packs';
import { findAttackPaths } from './paths';
import { surfaceFacts as surfaceOf } from './surface';
import { summarize } from './summary';
import { buildTargets } from './targets';
import { findThreats } from './threats';
import {
  ANALYSIS_VERSION,
  type Analysis,
  type SurfaceFacts,
  type Threat,
} from './types';

export * from './types';
export { riskLevel, riskScore, severityOf } from './severity';
export { DEFAULT_ACTORS } from './actors';

export interface AnalyzeOptions {
  /** The rules and mitigations to apply; the built-in catalog by default. */
  readonly catalog?: Catalog;
  /** Keys of the mitigation items whose tickets are done. */
  readonly implemented?: readonly string[];
}

// TODO: default to builtInCatalog() once src/catalog/index.ts exports it.
const NO_RULES: Catalog = { rules: [], mitigations: [] };

/**
 * Runs the STRIDE analysis of a model: facts, applicable packs, threats
 * with inherent and residual risk, mitigation items, attack paths and a
 * summary. The result depends only on the model's content, the catalog and
 * the implemented keys, never on the order the model lists things in:
 * threats are sorted by residual score (highest first) then id, mitigation
 * items by risk reduction per unit of effort then key, paths by score then
 * id, and every id list inside them by id.
 */
export function analyze(
  model: ThreatModel,
  options: AnalyzeOptions = {},
): Analysis {
  const catalog = options.catalog ?? NO_RULES;
  const targets = buildTargets(model);
  const packs = applicablePacks(model);
  const context = assessContext(model, catalog, options.implemented ?? []);

  const findings = findThreats(catalog, targets, packs, model.actors);
  const assessments = assess(findings, model, context);
  const threats = assessments
    .map((assessment) => toThreat(assessment, model, context.mitigations))
    .sort(byResidualRisk);
  const mitigations = planMitigations(assessments, context);

  return {
    analysisVersion: ANALYSIS_VERSION,
    system: model.system.name,
    riskTolerance: model.system.riskTolerance,
    packs,
    facts: surfaceOf(targets),
    threats,
    mitigations,
    attackPaths: findAttackPaths(model, targets, threats),
    summary: summarize(
      threats,
      mitigations,
      targets.elements.length + targets.flows.length,
    ),
  };
}

/** The attack surface of a model, without running any rule. */
export function surfaceFacts(model: ThreatModel): SurfaceFacts {
  return surfaceOf(buildTargets(model));
}

function byResidualRisk(a: Threat, b: Threat): number {
  return (
    b.residual.score - a.residual.score ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
