import type { Control } from '../model/schema';
import type { ControlType, Level } from '../model/vocabulary';
import { likelihoodScore } from './likelihood';
import { rating, riskOf, type RiskBasis } from './risk';
import { round1 } from './severity';
import type { Finding } from './threats';
import type { ResidualRisk } from './types';

/** Something in place that lowers a threat's risk. */
export interface Effect {
  /** A control id, or the key of an implemented mitigation item. */
  readonly id: string;
  readonly type: ControlType;
  readonly effectiveness: Level;
  /** Catalog mitigation ids it implements. */
  readonly implements: readonly string[];
}

/**
 * The share each control removes, by effectiveness: a preventive control
 * removes that share of the likelihood; a detective one that share of the
 * intrusion-detection factor only (one of eight, so it lowers likelihood
 * less); a corrective one that share of the impact. Shares compound
 * multiplicatively, so no stack of controls goes below zero.
 */
const PREVENTIVE: Readonly<Record<Level, number>> = {
  low: 0.2,
  medium: 0.4,
  high: 0.6,
};
const DETECTIVE: Readonly<Record<Level, number>> = {
  low: 0.3,
  medium: 0.5,
  high: 0.7,
};
const CORRECTIVE: Readonly<Record<Level, number>> = {
  low: 0.15,
  medium: 0.3,
  high: 0.45,
};

/** A done mitigation ticket counts as a highly effective control. */
export const IMPLEMENTED_EFFECTIVENESS: Level = 'high';

export function residualRisk(
  basis: RiskBasis,
  effects: readonly Effect[],
): ResidualRisk {
  let preventive = 1;
  let detective = 1;
  let corrective = 1;
  for (const effect of effects) {
    switch (effect.type) {
      case 'preventive':
        preventive *= 1 - PREVENTIVE[effect.effectiveness];
        break;
      case 'detective':
        detective *= 1 - DETECTIVE[effect.effectiveness];
        break;
      case 'corrective':
        corrective *= 1 - CORRECTIVE[effect.effectiveness];
        break;
    }
  }

  const factors = {
    ...basis.likelihood,
    intrusionDetection: round1(basis.likelihood.intrusionDetection * detective),
  };
  const likelihood = rating(
    { ...factors, preventiveRemainder: Math.round(preventive * 100) / 100 },
    likelihoodScore(factors) * preventive,
  );
  const impact = rating(
    {
      ...basis.impact,
      correctiveRemainder: Math.round(corrective * 100) / 100,
    },
    basis.impactScore * corrective,
  );

  return {
    ...riskOf(likelihood, impact),
    appliedControls: [...new Set(effects.map((effect) => effect.id))].sort(),
  };
}

/** Controls by the targets they cover; a control covering nothing covers all. */
export interface ControlIndex {
  readonly everywhere: readonly Control[];
  readonly byTarget: ReadonlyMap<string, readonly Control[]>;
}

export function indexControls(controls: readonly Control[]): ControlIndex {
  const everywhere: Control[] = [];
  const byTarget = new Map<string, Control[]>();
  for (const control of controls) {
    if (control.covers.length === 0) everywhere.push(control);
    for (const id of new Set(control.covers)) {
      const list = byTarget.get(id) ?? [];
      list.push(control);
      byTarget.set(id, list);
    }
  }
  return { everywhere, byTarget };
}

export function controlsOn(
  index: ControlIndex,
  targetId: string,
): readonly Control[] {
  const local = index.byTarget.get(targetId);
  return local === undefined
    ? index.everywhere
    : [...index.everywhere, ...local];
}

/**
 * What lowers a finding's risk: controls covering its target that address
 * one of its STRIDE categories (or all) or implement one of its
 * mitigations, and its mitigation items marked implemented, unless such a
 * control already implements that mitigation.
 */
export function effectsOn(
  finding: Finding,
  controls: readonly Control[],
  implemented: ReadonlySet<string>,
  controlTypeOf: (mitigationId: string) => ControlType | undefined,
): Effect[] {
  const { rule } = finding;
  const effects: Effect[] = [];
  for (const control of controls) {
    const addresses =
      control.stride.length === 0 ||
      control.stride.some((s) => rule.stride.includes(s));
    if (
      addresses ||
      control.mitigations.some((m) => rule.mitigations.includes(m))
    ) {
      effects.push({
        id: control.id,
        type: control.type,
        effectiveness: control.effectiveness,
        implements: control.mitigations,
      });
    }
  }

  for (const mitigationId of new Set(rule.mitigations)) {
    const key = `${mitigationId}@${finding.target.ref.id}`;
    const type = controlTypeOf(mitigationId);
    if (type === undefined || !implemented.has(key)) continue;
    if (effects.some((effect) => effect.implements.includes(mitigationId)))
      continue;
    effects.push({
      id: key,
      type,
      effectiveness: IMPLEMENTED_EFFECTIVENESS,
      implements: [mitigationId],
    });
  }

  return effects;
}
