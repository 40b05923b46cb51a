import type { Rule } from '../catalog/schema';
import type { ThreatActor } from '../model/schema';
import { candidateActors, strongestActor, type ActorProfile } from './actors';
import { agentFactors, exposureOf, type Exposure } from './agent';
import { impactFactors, impactScore, type ImpactFactors } from './impact';
import {
  likelihoodFactors,
  likelihoodScore,
  type LikelihoodFactors,
} from './likelihood';
import { riskLevel, riskScore, round1, severityOf } from './severity';
import { signalReader, type TargetSignals } from './signals';
import type { AnalysisTarget } from './targets';
import type { Rating, Risk } from './types';

/**
 * OWASP Risk Rating of a finding: the actor most likely to try it there,
 * likelihood from that actor's and the rule's factors (likelihood.ts),
 * impact from the data at stake (impact.ts), severity from the matrix and
 * a 1-10 score for sorting.
 */
export interface RiskBasis {
  readonly actor: ActorProfile;
  readonly likelihood: LikelihoodFactors;
  readonly impact: ImpactFactors;
  /** The impact score before any corrective control. */
  readonly impactScore: number;
  readonly inherent: Risk;
}

export type Rater = ((rule: Rule, target: AnalysisTarget) => RiskBasis) & {
  /** The signals the rating reads off a target, one object per look. */
  readonly signalsOf: (target: AnalysisTarget) => TargetSignals;
};

/**
 * A rater for one model. Findings of one rule on targets that look the
 * same rate the same, so each distinct rating is computed once and shared
 * by the threats (the output is plain data all the same).
 */
export function createRater(actors: readonly ThreatActor[]): Rater {
  const signalsOf = signalReader();
  const bases = new Map<Rule, Map<TargetSignals, RiskBasis>>();
  const candidates = new Map<Rule, readonly ActorProfile[]>();
  const likelihoods = new Map<string, Rating>();
  const impacts = new Map<string, { factors: ImpactFactors; rating: Rating }>();

  const actorFor = (rule: Rule, exposure: Exposure): ActorProfile => {
    let list = candidates.get(rule);
    if (list === undefined) {
      list = candidateActors(actors, rule.actors);
      candidates.set(rule, list);
    }
    return strongestActor(list, exposure);
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
        signals.traceability,
        signals.extent,
      );
      known = {
        factors,
        rating: rating(factors, impactScore(factors, stride)),
      };
      impacts.set(key, known);
    }
    return known;
  };

  const rate = (rule: Rule, target: AnalysisTarget): RiskBasis => {
    const signals = signalsOf(target);
    let byRule = bases.get(rule);
    if (byRule === undefined) {
      byRule = new Map<TargetSignals, RiskBasis>();
      bases.set(rule, byRule);
    }
    const known = byRule.get(signals);
    if (known !== undefined) return known;

    const exposure = exposureOf(rule.stride, target.stake, {
      layers: signals.layers,
      authenticates: signals.authenticates,
      oneParty: signals.extent === 'party',
    });
    const actor = actorFor(rule, exposure);
    const factors = likelihoodFactors(
      rule,
      agentFactors(actor, exposure),
      signals,
    );
    const likelihoodKey = Object.values(factors).join('.');
    let likelihood = likelihoods.get(likelihoodKey);
    if (likelihood === undefined) {
      likelihood = rating(factors, likelihoodScore(factors));
      likelihoods.set(likelihoodKey, likelihood);
    }
    const impact = rateImpact(rule, target, signals);
    const basis: RiskBasis = {
      actor,
      likelihood: factors,
      impact: impact.factors,
      impactScore: impact.rating.score,
      inherent: riskOf(likelihood, impact.rating),
    };
    byRule.set(signals, basis);
    return basis;
  };
  return Object.assign(rate, { signalsOf });
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
