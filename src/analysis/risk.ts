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
 * same rate the same, so each distinct rating is computed once; ratings,
 * risks and bases equal in value are one shared object (the output is
 * plain data all the same).
 */
export function createRater(actors: readonly ThreatActor[]): Rater {
  const signalsOf = signalReader();
  const bases = new Map<Rule, Map<TargetSignals, RiskBasis>>();
  const candidates = new Map<Rule, readonly ActorProfile[]>();
  const likelihoods = new Map<
    string,
    { factors: LikelihoodFactors; rating: Rating }
  >();
  const impacts = new Map<
    string,
    { factors: ImpactFactors; rating: Rating; key: string }
  >();
  const impactsByValue = new Map<
    string,
    { factors: ImpactFactors; rating: Rating; key: string }
  >();
  const byValue = new Map<string, RiskBasis>();
  const risks = new Map<Rating, Map<Rating, Risk>>();
  const riskFor = (likelihood: Rating, impact: Rating): Risk => {
    let byImpact = risks.get(likelihood);
    if (byImpact === undefined) {
      byImpact = new Map();
      risks.set(likelihood, byImpact);
    }
    let risk = byImpact.get(impact);
    if (risk === undefined) {
      risk = riskOf(likelihood, impact);
      byImpact.set(impact, risk);
    }
    return risk;
  };

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
      const score = impactScore(factors, stride);
      const value = [...Object.values(factors), score].join('.');
      known = impactsByValue.get(value) ?? {
        factors,
        rating: rating(factors, score),
        key: value,
      };
      impactsByValue.set(value, known);
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
      likelihood = {
        factors,
        rating: rating(factors, likelihoodScore(factors)),
      };
      likelihoods.set(likelihoodKey, likelihood);
    }
    const impact = rateImpact(rule, target, signals);
    const value = [actor.id, likelihoodKey, impact.key].join('|');
    let basis = byValue.get(value);
    if (basis === undefined) {
      basis = {
        actor,
        likelihood: likelihood.factors,
        impact: impact.factors,
        impactScore: impact.rating.score,
        inherent: riskFor(likelihood.rating, impact.rating),
      };
      byValue.set(value, basis);
    }
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
