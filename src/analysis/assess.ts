import type { Catalog, Mitigation, Pack, Rule } from '../catalog/schema';
import type { Control, ThreatModel } from '../model/schema';
import {
  controlsByTarget,
  effectFinder,
  type Effect,
  type Effects,
} from './controls';
import type { ActorProfile } from './actors';
import { residualRisk } from './residual';
import { createRater, type RiskBasis } from './risk';
import type { AnalysisTarget, ModelTargets } from './targets';
import { findingId, forEachFinding } from './threats';
import type { ResidualRisk } from './types';

/** A rule firing on a target, with its risk before and after what is in place. */
export interface Assessment {
  /** Stable: `${rule.id}@${target.id}`. */
  readonly id: string;
  readonly rule: Rule;
  readonly target: AnalysisTarget;
  /** The actor the threat is rated against (see chooseActor). */
  readonly actor: ActorProfile;
  readonly basis: RiskBasis;
  readonly effects: readonly Effect[];
  /** Shared by the assessments with the same basis and effects. */
  readonly residual: ResidualRisk;
  /** The catalog mitigations of its rule, each once, and their item keys. */
  readonly mitigationIds: readonly string[];
  readonly mitigationKeys: readonly string[];
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
 * Finds and rates every threat in one pass, one object each; equal
 * ratings are computed once and shared.
 */
export function assess(
  catalog: Catalog,
  targets: ModelTargets,
  packs: readonly Pack[],
  model: ThreatModel,
  context: AssessContext,
): Assessment[] {
  const rate = createRater(model.actors);
  const findEffects = effectFinder(
    model.controls,
    context.implemented,
    (id) => context.mitigations.get(id)?.controlType,
  );
  const residualOf = residualCache();
  const idsOf = mitigationsOfRule(context.mitigations);
  const assessments: Assessment[] = [];

  forEachFinding(catalog, targets, packs, (rule, target) => {
    const basis = rate(rule, target);
    const mitigationIds = idsOf(rule);
    const mitigationKeys = mitigationIds.map((id) => `${id}@${target.ref.id}`);
    const effects = findEffects(
      rule,
      target.ref.id,
      mitigationIds,
      mitigationKeys,
    );

    assessments.push({
      id: findingId(rule, target),
      rule,
      target,
      actor: basis.actor,
      basis,
      effects: effects.list,
      residual: residualOf(basis, effects),
      mitigationIds,
      mitigationKeys,
    });
  });

  return assessments;
}

function residualCache(): (basis: RiskBasis, effects: Effects) => ResidualRisk {
  const known = new Map<RiskBasis, Map<string, ResidualRisk>>();
  return (basis, effects) => {
    let byEffects = known.get(basis);
    if (byEffects === undefined) {
      byEffects = new Map<string, ResidualRisk>();
      known.set(basis, byEffects);
    }
    let residual = byEffects.get(effects.key);
    if (residual === undefined) {
      residual = residualRisk(basis, effects.list);
      byEffects.set(effects.key, residual);
    }
    return residual;
  };
}

function mitigationsOfRule(
  mitigations: ReadonlyMap<string, Mitigation>,
): (rule: Rule) => readonly string[] {
  const known = new Map<Rule, readonly string[]>();
  return (rule) => {
    let ids = known.get(rule);
    if (ids === undefined) {
      ids = [...new Set(rule.mitigations)].filter((id) => mitigations.has(id));
      known.set(rule, ids);
    }
    return ids;
  };
}
