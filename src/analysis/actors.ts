import type { ThreatActor } from '../model/schema';
import type { ActorKind } from '../model/vocabulary';
import { agentFactors, OUTSIDE, type Exposure } from './agent';

/** A threat actor with its OWASP threat-agent factors (0-9). */
export interface ActorProfile {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  readonly skill: number;
  readonly motive: number;
  readonly opportunity: number;
  readonly size: number;
}

type Factors = Pick<
  ActorProfile,
  'name' | 'skill' | 'motive' | 'opportunity' | 'size'
>;

/**
 * The profile assumed for a kind of actor the model does not describe, on
 * the OWASP scales: skill 1 none .. 9 penetration tester; motive 1 no
 * reward .. 9 high reward; opportunity 0 full access or costly resources
 * needed .. 9 nothing needed; size 2 developers, 4 intranet users, 5
 * partners, 6 authenticated users, 9 anonymous internet users.
 */
export const DEFAULT_ACTORS: Readonly<Record<ActorKind, Factors>> = {
  'external-attacker': {
    name: 'External attacker',
    skill: 6,
    motive: 7,
    opportunity: 7,
    size: 9,
  },
  cybercriminal: {
    name: 'Cybercriminal',
    skill: 7,
    motive: 9,
    opportunity: 7,
    size: 9,
  },
  'malicious-insider': {
    name: 'Malicious insider',
    skill: 5,
    motive: 7,
    opportunity: 9,
    size: 4,
  },
  'negligent-insider': {
    name: 'Negligent insider',
    skill: 3,
    motive: 1,
    opportunity: 9,
    size: 4,
  },
  'nation-state': {
    name: 'Nation-state actor',
    skill: 9,
    motive: 7,
    opportunity: 7,
    size: 2,
  },
  hacktivist: {
    name: 'Hacktivist',
    skill: 5,
    motive: 6,
    opportunity: 7,
    size: 9,
  },
  competitor: {
    name: 'Competitor',
    skill: 6,
    motive: 6,
    opportunity: 4,
    size: 2,
  },
  'script-kiddie': {
    name: 'Script kiddie',
    skill: 3,
    motive: 4,
    opportunity: 9,
    size: 9,
  },
  'malicious-customer': {
    name: 'Malicious customer',
    skill: 4,
    motive: 6,
    opportunity: 7,
    size: 6,
  },
  'third-party': {
    name: 'Compromised third party',
    skill: 5,
    motive: 4,
    opportunity: 7,
    size: 5,
  },
};

/** The id a default profile goes by; `:` keeps it apart from model ids. */
export function defaultActorId(kind: ActorKind): string {
  return `default:${kind}`;
}

/**
 * The actor a threat is rated against: of the model's actors whose kind the
 * rule names, the one with the highest threat-agent score at the target
 * (ties by id), so an outsider leads at the edge and an insider deep
 * inside; when the model has none of those kinds, the best default profile
 * of them.
 */
export function chooseActor(
  actors: readonly ThreatActor[],
  kinds: readonly ActorKind[],
  exposure: Exposure = OUTSIDE,
): ActorProfile {
  return strongestActor(candidateActors(actors, kinds), exposure);
}

/** Of some candidates, the one with the highest agent score there. */
export function strongestActor(
  candidates: readonly ActorProfile[],
  exposure: Exposure,
): ActorProfile {
  let best = candidates[0] ?? defaultActor('external-attacker');
  let bestScore = agentScore(best, exposure);
  for (const candidate of candidates) {
    const score = agentScore(candidate, exposure);
    const lead = score - bestScore;
    if (lead > 0 || (lead === 0 && candidate.id < best.id)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** The model's actors of the kinds, or the default profiles of them. */
export function candidateActors(
  actors: readonly ThreatActor[],
  kinds: readonly ActorKind[],
): ActorProfile[] {
  const wanted = new Set(kinds);
  const candidates: ActorProfile[] = actors.filter((actor) =>
    wanted.has(actor.kind),
  );
  if (candidates.length === 0) {
    for (const kind of wanted) candidates.push(defaultActor(kind));
  }
  return candidates;
}

const defaults = new Map<ActorKind, ActorProfile>();

/** The default profile of a kind, one shared object per kind. */
function defaultActor(kind: ActorKind): ActorProfile {
  let profile = defaults.get(kind);
  if (profile === undefined) {
    profile = { id: defaultActorId(kind), kind, ...DEFAULT_ACTORS[kind] };
    defaults.set(kind, profile);
  }
  return profile;
}

export function agentScore(
  actor: ActorProfile,
  exposure: Exposure = OUTSIDE,
): number {
  const factors = agentFactors(actor, exposure);
  return factors.skill + factors.motive + factors.opportunity + factors.size;
}
