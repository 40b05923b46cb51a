import type { Catalog, Mitigation, Pack } from '../catalog/schema';
import type { Control, ThreatModel } from '../model/schema';
import { controlsByTarget } from './controls';
import { threatBuilder, ThreatList, type ThreatsByTarget } from './inventory';
import { mitigationPlanner } from './mitigations';
import { outcomeFinder } from './outcomes';
import type { AnalysisTarget, ModelTargets } from './targets';
import { compileRules, forEachFinding } from './threats';
import type { MitigationItem, Threat } from './types';

/** What the rules find in a model: its threats and mitigation items. */
export interface Assessed {
  /** By residual score, highest first, then id. */
  readonly threats: Threat[];
  /** By risk reduction per unit of effort, highest first, then key. */
  readonly mitigations: MitigationItem[];
  /** The threats of each target, for the attack paths. */
  readonly byTarget: ThreatsByTarget;
}

export interface AssessContext {
  readonly controlsOn: (targetId: string) => readonly Control[];
  readonly implemented: ReadonlySet<string>;
  readonly mitigations: ReadonlyMap<string, Mitigation>;
}

export function assessContext(
  model: ThreatModel,
  catalog: Catalog,
  implemented: readonly string[],
): AssessContext {
  const mitigations = new Map<string, Mitigation>();
  for (const mitigation of catalog.mitigations) {
    if (!mitigations.has(mitigation.id))
      mitigations.set(mitigation.id, mitigation);
  }
  return {
    controlsOn: controlsByTarget(model.controls),
    implemented: new Set(implemented),
    mitigations,
  };
}

/**
 * Finds and rates every threat, target by target in id order, and plans
 * the mitigation items of each target as its threats are found: one
 * object per threat and per item, and what a rule comes to on targets
 * that look alike worked out once and shared (see outcomes.ts).
 */
export function assess(
  catalog: Catalog,
  targets: ModelTargets,
  packs: readonly Pack[],
  model: ThreatModel,
  context: AssessContext,
): Assessed {
  const rules = compileRules(catalog, packs);
  const outcomesAt = outcomeFinder(model, context);
  const build = threatBuilder(model.system.riskTolerance);
  const planner = mitigationPlanner(context);
  const all = [...targets.elements, ...targets.flows];
  const threats = new ThreatList(rules.count, all.length);

  // An indexed loop: an iterator would allocate at every step until the
  // engine optimises this function.
  for (let index = 0; index < all.length; index += 1) {
    const target = all[index] as AnalysisTarget;
    planner.startTarget(target);
    const outcomeOf = outcomesAt(target);
    forEachFinding(rules, target, ({ rule, rank }) => {
      const outcome = outcomeOf(rule, planner.keysOf);
      const keys = planner.keysOf(outcome.mitigationIds);
      const threat = build(rule, target, outcome, keys);

      threats.add(threat, rank, target.rank);
      planner.add(threat.id, rank, outcome.mitigationIds, outcome.reductions);
    });
  }

  return {
    threats: threats.sorted(),
    mitigations: planner.finish(),
    byTarget: threats.byTarget(targets),
  };
}
