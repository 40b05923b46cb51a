import type { ActorKind, Stride } from '../model/vocabulary';
import type { ActorProfile } from './actors';
import { regulationBits, type DataProfile } from './profile';

/** Where a threat happens, as the threat-agent factors see it. */
export interface Exposure {
  /** How deep the target sits: 0 exposed .. MAX_LAYERS (see reach.ts). */
  readonly layers: number;
  /** What success is worth to anyone, 0-9 (see rewardOf). */
  readonly reward: number;
  /**
   * How many may try, on the OWASP size scale: 9 anonymous internet users,
   * 6 authenticated users; see exposureOf.
   */
  readonly audience: number;
}

/** A target on the outside worth the most: the actor's own factors. */
export const OUTSIDE: Exposure = { layers: 0, reward: 9, audience: 9 };

/** The four OWASP threat-agent factors of an actor at one target. */
export type AgentFactors = {
  readonly skill: number;
  readonly motive: number;
  readonly opportunity: number;
  readonly size: number;
};

/** Insiders already hold access inside; depth does not stop them. */
const INSIDERS: ReadonlySet<ActorKind> = new Set([
  'malicious-insider',
  'negligent-insider',
]);

/**
 * How many of an actor's kind can reach a target at each layer, on the
 * OWASP size scale: anonymous internet users (9) at the edge, authenticated
 * users (6) one layer in, intranet users (4) two in, and developers and
 * administrators (2) deeper or where no outside data arrives.
 */
const REACHABLE_POPULATION = [9, 6, 4, 2];

/**
 * The most opportunity an outsider has at each layer, on the OWASP scale:
 * at the edge whatever the actor has (up to 9, no access needed); one
 * layer in, special access (4: a foothold, or a path through the front);
 * then full access or costly resources (2, then 0).
 */
const OUTSIDER_OPPORTUNITY = [9, 4, 2, 0];

/**
 * The threat-agent factors of an actor at a target (OWASP Risk Rating):
 *
 * - skill: the actor's own.
 * - motive: the actor's, capped by what this threat there is worth (the
 *   reward, see rewardOf): nobody is highly motivated by little gain.
 * - opportunity: the actor's, capped by what an outsider has at the
 *   target's layer (OUTSIDER_OPPORTUNITY); insiders keep theirs, since
 *   they are already inside.
 * - size: the actor's group, capped by how many can reach that layer
 *   (REACHABLE_POPULATION) and by the audience of the threat there.
 */
export function agentFactors(
  actor: ActorProfile,
  exposure: Exposure,
): AgentFactors {
  const layer = Math.min(Math.max(0, exposure.layers), 3);
  const reachable = REACHABLE_POPULATION[layer] ?? 2;
  const opportunity = INSIDERS.has(actor.kind)
    ? actor.opportunity
    : Math.min(actor.opportunity, OUTSIDER_OPPORTUNITY[layer] ?? 0);
  return {
    skill: actor.skill,
    motive: Math.min(actor.motive, exposure.reward),
    opportunity,
    size: Math.min(actor.size, reachable, exposure.audience),
  };
}

/** OWASP motive scale: little reward (1-2), possible (4-5), high (8-9). */
const BY_CLASSIFICATION = [2, 4, 6, 8];
const BY_NEED = [2, 5, 8];
/** Card numbers, financial records and health records sell best. */
const MONETISABLE = regulationBits(['pci-dss', 'sox', 'glba', 'hipaa']);

/**
 * What a threat gains its actor, 0-9, the highest over its categories:
 * stealing data or identities (S, I, E) is worth what the data's
 * classification says; changing it (T) what its integrity need says, as
 * fraud follows what the data controls; an outage (D) what its
 * availability need says; denying an action (R) a notch less than
 * changing the data it concerns. Data under a financial or health
 * regulation is worth a point more, since it sells or pays out directly.
 */
export function rewardOf(
  stride: readonly Stride[],
  stake: DataProfile,
): number {
  const need = (rank: number): number => BY_NEED[rank] ?? BY_NEED[1] ?? 5;
  const bonus = (stake.regulations & MONETISABLE) !== 0 ? 1 : 0;
  let reward = 0;
  for (const category of stride) {
    switch (category) {
      case 'S':
      case 'I':
      case 'E':
        reward = Math.max(
          reward,
          BY_CLASSIFICATION[Math.max(0, stake.classification)] ?? 9,
        );
        break;
      case 'T':
        reward = Math.max(reward, need(stake.integrity));
        break;
      case 'D':
        reward = Math.max(reward, need(stake.availability));
        break;
      case 'R':
        reward = Math.max(reward, need(stake.integrity) - 3);
        break;
    }
  }
  return Math.min(9, reward + bonus);
}

/**
 * The exposure of one threat at one target. Past a stated authentication
 * only authenticated users (6) can try anything but getting through it,
 * so spoofing (S) keeps the whole population and the rest are capped. A
 * threat on one outside party (an external entity) yields that party's
 * share alone, 2 less than the data is worth.
 */
export function exposureOf(
  stride: readonly Stride[],
  stake: DataProfile,
  where: {
    readonly layers: number;
    readonly authenticates: boolean;
    readonly oneParty: boolean;
  },
): Exposure {
  const reward = rewardOf(stride, stake);
  return {
    layers: where.layers,
    reward: where.oneParty ? Math.max(0, reward - 2) : reward,
    audience: where.authenticates && !stride.includes('S') ? 6 : 9,
  };
}
