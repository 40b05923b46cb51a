import type { Mitigation, Rule } from '../catalog/schema';
import type { Control, ThreatModel } from '../model/schema';
import type { AssessContext } from './assess';
import {
  effectFinder,
  IMPLEMENTED_EFFECTIVENESS,
  type Effect,
  type Effects,
} from './controls';
import { residualRisk, residualScore } from './residual';
import { createRater, type RiskBasis } from './risk';
import type { AnalysisTarget } from './targets';
import type { ResidualRisk } from './types';

/** What one rule comes to on one target. */
export interface Outcome {
  readonly basis: RiskBasis;
  readonly effects: readonly Effect[];
  /** Shared by the outcomes with the same basis and effects. */
  readonly residual: ResidualRisk;
  /** The catalog mitigations of the rule, each once, that the catalog has. */
  readonly mitigationIds: readonly string[];
  /** The score each of those mitigations would remove (see reductionOf). */
  readonly reductions: readonly number[];
}

/** The outcomes of rules on one target, given the item keys of its rule. */
export type OutcomesAt = (
  rule: Rule,
  keysOf: (mitigationIds: readonly string[]) => readonly string[],
) => Outcome;

/**
 * Works out what rules come to on targets. A rule on targets that look
 * the same (one signals object, see signals.ts) under the same controls
 * comes to the same outcome, so with no implemented mitigation it is
 * worked out once and shared; otherwise effects depend on the target's
 * own item keys and only the ratings are shared.
 */
export function outcomeFinder(
  model: ThreatModel,
  context: AssessContext,
): (target: AnalysisTarget) => OutcomesAt {
  const rate = createRater(model.actors);
  const findEffects = effectFinder(
    model.controls,
    context.implemented,
    (id) => context.mitigations.get(id)?.controlType,
  );
  const residualOf = residualCache();
  const reductionOf = marginalReductions();
  const idsOf = mitigationsOfRule(context.mitigations);
  const shared = new Map<Rule, Map<object, Map<readonly Control[], Outcome>>>();

  const work = (
    rule: Rule,
    target: AnalysisTarget,
    keys: readonly string[],
  ): Outcome => {
    const basis = rate(rule, target);
    const mitigationIds = idsOf(rule);
    const effects = findEffects(rule, target.ref.id, mitigationIds, keys);
    const residual = residualOf(basis, effects);
    const reductions = mitigationIds.map((id) =>
      reductionOf(basis, effects.list, residual, context.mitigations.get(id)),
    );
    return {
      basis,
      effects: effects.list,
      residual,
      mitigationIds,
      reductions,
    };
  };

  return (target) => {
    const controls = context.controlsOn(target.ref.id);
    const signals = rate.signalsOf(target);

    return (rule, keysOf) => {
      if (context.implemented.size > 0)
        return work(rule, target, keysOf(idsOf(rule)));

      let bySignals = shared.get(rule);
      if (bySignals === undefined) {
        bySignals = new Map();
        shared.set(rule, bySignals);
      }
      let byControls = bySignals.get(signals);
      if (byControls === undefined) {
        byControls = new Map();
        bySignals.set(signals, byControls);
      }
      let outcome = byControls.get(controls);
      if (outcome === undefined) {
        outcome = work(rule, target, keysOf(idsOf(rule)));
        byControls.set(controls, outcome);
      }
      return outcome;
    };
  };
}

/**
 * The residual risk of a basis under some effects, computed once per
 * pair; residual risks equal in value are one shared object, since tens
 * of thousands of threats come to a few thousand distinct values.
 */
function residualCache(): (basis: RiskBasis, effects: Effects) => ResidualRisk {
  const known = new Map<RiskBasis, Map<string, ResidualRisk>>();
  const byValue = new Map<string, ResidualRisk>();
  return (basis, effects) => {
    let byEffects = known.get(basis);
    if (byEffects === undefined) {
      byEffects = new Map<string, ResidualRisk>();
      known.set(basis, byEffects);
    }
    let residual = byEffects.get(effects.key);
    if (residual === undefined) {
      const computed = residualRisk(basis, effects.list);
      const value = valueKey(computed);
      residual = byValue.get(value) ?? computed;
      byValue.set(value, residual);
      byEffects.set(effects.key, residual);
    }
    return residual;
  };
}

/** Everything a residual risk says, as text: equal text, equal value. */
function valueKey(risk: ResidualRisk): string {
  const { likelihood, impact } = risk;
  return [
    likelihood.score,
    ...Object.values(likelihood.factors),
    impact.score,
    ...Object.values(impact.factors),
    ...risk.appliedControls,
  ].join(' ');
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

type Reduction = (
  basis: RiskBasis,
  effects: readonly Effect[],
  residual: ResidualRisk,
  mitigation: Mitigation | undefined,
) => number;

/**
 * The score one mitigation removes from one threat: the residual score
 * without it minus the residual score with it, other controls as they
 * stand, so it never takes credit for what other controls removed.
 * Threats sharing a residual risk share its basis and effects, so it is
 * computed once each.
 */
function marginalReductions(): Reduction {
  const known = new Map<ResidualRisk, Map<string, number>>();

  return (basis, effects, residual, mitigation) => {
    if (mitigation === undefined) return 0;
    let byMitigation = known.get(residual);
    if (byMitigation === undefined) {
      byMitigation = new Map();
      known.set(residual, byMitigation);
    }
    const cached = byMitigation.get(mitigation.id);
    if (cached !== undefined) return cached;

    const inPlace = (effect: Effect): boolean =>
      effect.implements.includes(mitigation.id);
    let value: number;
    if (effects.some(inPlace)) {
      value =
        residualScore(
          basis,
          effects.filter((effect) => !inPlace(effect)),
        ) - residual.score;
    } else {
      const added: Effect = {
        id: mitigation.id,
        type: mitigation.controlType,
        effectiveness: IMPLEMENTED_EFFECTIVENESS,
        implements: [mitigation.id],
      };
      value = residual.score - residualScore(basis, [...effects, added]);
    }
    byMitigation.set(mitigation.id, value);
    return value;
  };
}
