import { builtInCatalog } from '../catalog';
import type { Catalog } from '../catalog/schema';
import type { ThreatModel } from '../model/schema';
import { assess, assessContext } from './assess';
import { applicablePacks } from './packs';
import { findAttackPaths } from './paths';
import { recommend } from './recommend';
import { surfaceFacts as surfaceOf } from './surface';
import { summarize } from './summary';
import { buildTargets } from './targets';
import { ANALYSIS_VERSION, type Analysis, type SurfaceFacts } from './types';

export * from './types';
export { riskLevel, riskScore, severityOf } from './severity';
export { DEFAULT_ACTORS } from './actors';
export { applicablePacks } from './packs';
export { compileCondition, holds } from './conditions';

export interface AnalyzeOptions {
  /** The rules and mitigations to apply; the built-in catalog by default. */
  readonly catalog?: Catalog;
  /** Keys of the mitigation items whose tickets are done. */
  readonly implemented?: readonly string[];
}

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
  const catalog = options.catalog ?? builtInCatalog();
  const targets = buildTargets(model);
  const packs = applicablePacks(model);
  const context = assessContext(model, catalog, options.implemented ?? []);

  const found = assess(catalog, targets, packs, model, context);
  const threats = found.threats;
  const mitigations = recommend(threats, found.mitigations);

  return {
    analysisVersion: ANALYSIS_VERSION,
    system: model.system.name,
    riskTolerance: model.system.riskTolerance,
    packs,
    facts: surfaceOf(targets),
    threats,
    mitigations,
    attackPaths: findAttackPaths(model, targets, found.byTarget),
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
