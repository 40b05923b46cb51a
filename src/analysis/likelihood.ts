import type { Rule } from '../catalog/schema';
import type { AgentFactors } from './agent';
import type { TargetSignals } from './signals';
import { round1 } from './severity';

/** The eight OWASP likelihood factors: four of the actor, four of the flaw. */
export type LikelihoodFactors = AgentFactors & {
  readonly easeOfDiscovery: number;
  readonly easeOfExploit: number;
  readonly awareness: number;
  readonly intrusionDetection: number;
};

/** What the vulnerability factors read off the target (see signals.ts). */
export type Defences = Pick<
  TargetSignals,
  'detection' | 'hardened' | 'rateLimited' | 'plaintext'
>;

/**
 * The likelihood factors of a threat at a target: the threat-agent
 * factors of its actor there (see agentFactors in agent.ts), and the
 * vulnerability factors of its rule, as the target's stated defences
 * leave them, each never below 1 (or the rule's own value if lower):
 *
 * - ease of discovery: the rule's, 2 less on a stated hardening baseline
 *   (no banners, debug pages, default pages or accounts to find).
 * - ease of exploit: the rule's, 1 less with stated rate limiting
 *   (automated tools slowed down).
 * - both 2 more (at most 9) when a threat reads or alters (I, T) a flow
 *   known to travel in clear: the weakness is certain, and capturing or
 *   rewriting clear traffic takes a common tool.
 * - awareness: the rule's, for the flaw it describes.
 * - intrusion detection: the rule's, less what the target states it
 *   records (3 for logging, 1 more for an audit trail).
 */
export function likelihoodFactors(
  rule: Rule,
  agent: AgentFactors,
  defences: Defences,
): LikelihoodFactors {
  const stated = rule.likelihood;
  const inClear =
    defences.plaintext &&
    (rule.stride.includes('I') || rule.stride.includes('T'))
      ? 2
      : 0;
  return {
    skill: agent.skill,
    motive: agent.motive,
    opportunity: agent.opportunity,
    size: agent.size,
    easeOfDiscovery: lower(
      stated.easeOfDiscovery,
      (defences.hardened ? 2 : 0) - inClear,
    ),
    easeOfExploit: lower(
      stated.easeOfExploit,
      (defences.rateLimited ? 1 : 0) - inClear,
    ),
    awareness: stated.awareness,
    intrusionDetection: lower(stated.intrusionDetection, defences.detection),
  };
}

/** The value less `by` (more when negative), within 1 (or below) and 9. */
function lower(value: number, by: number): number {
  return Math.min(9, Math.max(Math.min(1, value), value - by));
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
