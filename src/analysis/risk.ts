import { impactFactors, impactScore, type ImpactFactors } from './impact';
import {
  likelihoodFactors,
  likelihoodScore,
  type LikelihoodFactors,
} from './likelihood';
import { riskLevel, riskScore, round1, severityOf } from './severity';
import type { Finding } from './threats';
import type { Rating, Risk } from './types';

/**
 * OWASP Risk Rating of a finding: likelihood from the actor's and the
 * rule's factors (see likelihood.ts), impact from the data at stake (see
 * impact.ts), severity from the matrix, and a 1-10 score for sorting.
 */
export interface RiskBasis {
  readonly likelihood: LikelihoodFactors;
  readonly impact: ImpactFactors;
  /** The impact score before any corrective control. */
  readonly impactScore: number;
}

export function riskBasis(
  finding: Finding,
  systemRegulations: number,
): RiskBasis {
  const { rule, target, actor } = finding;
  const impact = impactFactors(
    rule.stride,
    target.stake,
    target.facts,
    target.ref.kind,
    systemRegulations,
  );

  return {
    likelihood: likelihoodFactors(rule, actor, target.facts, target.ref.kind),
    impact,
    impactScore: impactScore(impact, rule.stride),
  };
}

export function inherentRisk(basis: RiskBasis): Risk {
  return riskOf(
    rating(basis.likelihood, likelihoodScore(basis.likelihood)),
    rating(basis.impact, basis.impactScore),
  );
}

export function rating(
  factors: Readonly<Record<string, number>>,
  score: number,
): Rating {
  const rounded = round1(score);
  return {
    score: rounded,
    level: riskLevel(rounded),
    factors: { ...factors },
  };
}

export function riskOf(likelihood: Rating, impact: Rating): Risk {
  return {
    likelihood,
    impact,
    severity: severityOf(likelihood.level, impact.level),
    score: riskScore(likelihood.score, impact.score),
  };
}
