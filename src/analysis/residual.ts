import type { Level } from '../model/vocabulary';
import type { Effect } from './controls';
import { likelihoodScore } from './likelihood';
import { rating, riskOf, type RiskBasis } from './risk';
import { riskScore, round1 } from './severity';
import type { ResidualRisk } from './types';

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

/**
 * The risk left after the effects. Its likelihood factors show intrusion
 * detection as the detective controls leave it, plus `preventiveRemainder`
 * (the share of likelihood preventive controls leave); its impact factors
 * add `correctiveRemainder` the same way. 1 means nothing applied.
 */
export function residualRisk(
  basis: RiskBasis,
  effects: readonly Effect[],
): ResidualRisk {
  const scores = residualScores(basis, effects);
  const likelihood = rating(
    { ...scores.factors, preventiveRemainder: hundredths(scores.preventive) },
    scores.likelihood,
  );
  const impact = rating(
    { ...basis.impact, correctiveRemainder: hundredths(scores.corrective) },
    scores.impact,
  );

  return {
    ...riskOf(likelihood, impact),
    appliedControls: [...new Set(effects.map((effect) => effect.id))].sort(),
  };
}

/** The residual 1-10 score alone, as residualRisk would give it. */
export function residualScore(
  basis: RiskBasis,
  effects: readonly Effect[],
): number {
  const scores = residualScores(basis, effects);
  return riskScore(scores.likelihood, scores.impact);
}

function residualScores(basis: RiskBasis, effects: readonly Effect[]) {
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
  return {
    factors,
    preventive,
    corrective,
    likelihood: round1(likelihoodScore(factors) * preventive),
    impact: round1(basis.impactScore * corrective),
  };
}

function hundredths(share: number): number {
  return Math.round(share * 100) / 100;
}
