import type { Rule } from '../catalog/schema';
import type { ActorProfile } from './actors';
import { readFact, type FactRecord } from './facts';
import { round1 } from './severity';
import type { TargetKind } from './types';

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
 * The actor's and the rule's factors, adjusted by what the target shows:
 * an exposed target (internet facing or fed by an external entity; for a
 * flow, one from an external entity) raises opportunity by 2, any other
 * entry point (fed across a boundary) by 1; stated logging at the target
 * (for a flow, at its receiver) lowers intrusion detection by 3, and a
 * stated audit trail by 1 more, never below 1.
 */
export function likelihoodFactors(
  rule: Rule,
  actor: ActorProfile,
  facts: FactRecord,
  kind: TargetKind,
): LikelihoodFactors {
  const receiver = kind === 'flow' ? 'target.' : '';
  const exposed =
    kind === 'flow'
      ? readFact(facts, 'fromExternal')
      : readFact(facts, 'exposed');
  const entry =
    kind === 'flow'
      ? readFact(facts, 'crossesBoundary')
      : readFact(facts, 'entryPoint');
  const raise = exposed === true ? 2 : entry === true ? 1 : 0;

  let detection = rule.likelihood.intrusionDetection;
  if (readFact(facts, `${receiver}attr.logging`) === true) detection -= 3;
  if (readFact(facts, `${receiver}attr.auditTrail`) === true) detection -= 1;

  return {
    skill: actor.skill,
    motive: actor.motive,
    opportunity: Math.min(9, actor.opportunity + raise),
    size: actor.size,
    easeOfDiscovery: rule.likelihood.easeOfDiscovery,
    easeOfExploit: rule.likelihood.easeOfExploit,
    awareness: rule.likelihood.awareness,
    intrusionDetection: Math.max(
      Math.min(1, rule.likelihood.intrusionDetection),
      detection,
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
