import type { Rule } from '../catalog/schema';
import { impactFactors, impactScore, type ImpactFactors } from './impact';
import {
  likelihoodFactors,
  likelihoodScore,
  type LikelihoodFactors,
} from './likelihood';
import { riskLevel, riskScore, round1, severityOf } from './severity';
import { signalReader, type TargetSignals } from './signals';
import type { ActorProfile } from './actors';
import type { AnalysisTarget } from './targets';
import type { Rating, Risk } from './types';

/**
 * OWASP Risk Rating of a finding: likelihood from the actor's and the
 * rule's factors (likelihood.ts), impact from the data at stake
 * (impact.ts), severity from the matrix and a 1-10 score for sorting.
 */
export interface RiskBasis {
  readonly likelihood: LikelihoodFactors;
  readonly impact: ImpactFactors;
  /** The impact score before any corrective control. */
  readonly impactScore: number;
  readonly inherent: Risk;
}

export type Rater = (
  rule: Rule,
  actor: ActorProfile,
  target: AnalysisTarget,
) => RiskBasis;

/**
 * A rater for one model. Findings of one rule on targets that look the
 * same rate the same, so each distinct rating is computed once and shared
 * by the threats (the output is plain data all the same).
 */
export function createRater(systemRegulations: number): Rater {
  const signalsOf = signalReader();
  const bases = new Map<Rule, Map<TargetSignals, RiskBasis>>();
  const likelihoods = new Map<
    string,
    { factors: LikelihoodFactors; rating: Rating }
  >();
  const impacts = new Map<
    string,
    { factors: ImpactFactors; score: number; rating: Rating }
  >();

  const rateLikelihood = (
    rule: Rule,
    actor: ActorProfile,
    signals: TargetSignals,
  ) => {
    const key = `${rule.id}|${signals.reach}|${signals.detection}`;
    let known = likelihoods.get(key);
    if (known === undefined) {
      const factors = likelihoodFactors(rule, actor, signals);
      known = { factors, rating: rating(factors, likelihoodScore(factors)) };
      likelihoods.set(key, known);
    }
    return known;
  };

  const rateImpact = (
    rule: Rule,
    target: AnalysisTarget,
    signals: TargetSignals,
  ) => {
    const { stride } = rule;
    const key = `${signals.impactKey}|${stride.join('')}`;
    let known = impacts.get(key);
    if (known === undefined) {
      const factors = impactFactors(
        stride,
        target.stake,
        signals.accountability,
        systemRegulations,
      );
      const score = impactScore(factors, stride);
      known = { factors, score, rating: rating(factors, score) };
      impacts.set(key, known);
    }
    return known;
  };

  return (rule, actor, target) => {
    const signals = signalsOf(target);
    let byRule = bases.get(rule);
    if (byRule === undefined) {
      byRule = new Map<TargetSignals, RiskBasis>();
      bases.set(rule, byRule);
    }
    const known = byRule.get(signals);
    if (known !== undefined) return known;

    const likelihood = rateLikelihood(rule, actor, signals);
    const impact = rateImpact(rule, target, signals);
    const basis: RiskBasis = {
      likelihood: likelihood.factors,
      impact: impact.factors,
      impactScore: impact.score,
      inherent: riskOf(likelihood.rating, impact.rating),
    };
    byRule.set(signals, basis);
    return basis;
  };
}

export function rating(
  factors: Readonly<Record<string, number>>,
  score: number,
): Rating {
  const rounded = round1(score);
  return { score: rounded, level: riskLevel(rounded), factors: { ...factors } };
}

export function riskOf(likelihood: Rating, impact: Rating): Risk {
  return {
    likelihood,
    impact,
    severity: severityOf(likelihood.level, impact.level),
    score: riskScore(likelihood.score, impact.score),
  };
}
