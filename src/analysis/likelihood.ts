import type { Rule } from '../catalog/schema';
import type { ActorProfile } from './actors';
import { round1 } from './severity';
import type { TargetSignals } from './signals';

/** The eight OWASP likelihood factors: four of the actor, four of the flaw. */
export type LikelihoodFactors = {
  readonly skill: number;
  readonly motive: number;
  readonly opportunity: number;
  readonly size: number;
  readonly easeOfDiscovery: number;
  readonly easeOfExploit: number;
  readonly awareness: number;
  readonly intrusionDetection: number;
};

/**
 * The actor's and the rule's factors, adjusted by what the target shows
 * (see signals.ts): its reach raises opportunity, its stated logging and
 * audit trail lower intrusion detection, never below 1.
 */
export function likelihoodFactors(
  rule: Rule,
  actor: ActorProfile,
  signals: TargetSignals,
): LikelihoodFactors {
  const detection = rule.likelihood.intrusionDetection;
  return {
    skill: actor.skill,
    motive: actor.motive,
    opportunity: Math.min(9, actor.opportunity + signals.reach),
    size: actor.size,
    easeOfDiscovery: rule.likelihood.easeOfDiscovery,
    easeOfExploit: rule.likelihood.easeOfExploit,
    awareness: rule.likelihood.awareness,
    intrusionDetection: Math.max(
      Math.min(1, detection),
      detection - signals.detection,
    ),
  };
}

/** The mean of the eight factors, to one decimal. */
export function likelihoodScore(factors: LikelihoodFactors): number {
  const sum =
    factors.skill +
    factors.motive +
    factors.opportunity +
    factors.size +
    factors.easeOfDiscovery +
    factors.easeOfExploit +
    factors.awareness +
    factors.intrusionDetection;
  return round1(sum / 8);
}
