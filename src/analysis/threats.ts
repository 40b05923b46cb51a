import type { Catalog, Pack, Rule } from '../catalog/schema';
import type { ThreatActor } from '../model/schema';
import { chooseActor, type ActorProfile } from './actors';
import { holds } from './conditions';
import type { AnalysisTarget, ModelTargets } from './targets';

/** One rule firing on one target, before it is rated. */
export interface Finding {
  /** Stable: `${rule.id}@${target.id}`. */
  readonly id: string;
  readonly rule: Rule;
  readonly target: AnalysisTarget;
  readonly actor: ActorProfile;
}

/**
 * Every rule of an applicable pack on every target it fits: the target
 * type and element kind match, `when` holds (or is absent) and `unless`
 * does not. A rule id seen twice fires once, for its first definition.
 */
export function findThreats(
  catalog: Catalog,
  targets: ModelTargets,
  packs: readonly Pack[],
  actors: readonly ThreatActor[],
): Finding[] {
  const active = new Set(packs);
  const seen = new Set<string>();
  const findings: Finding[] = [];

  for (const rule of catalog.rules) {
    if (!active.has(rule.pack) || seen.has(rule.id)) continue;
    seen.add(rule.id);

    const actor = chooseActor(actors, rule.actors);
    for (const target of candidates(rule, targets)) {
      if (!fires(rule, target)) continue;
      findings.push({ id: `${rule.id}@${target.ref.id}`, rule, target, actor });
    }
  }

  return findings;
}

function candidates(
  rule: Rule,
  targets: ModelTargets,
): readonly AnalysisTarget[] {
  if (rule.target === 'flow') return targets.flows;
  if (rule.elementKinds.length === 0) return targets.elements;

  const kinds = new Set(rule.elementKinds);
  return targets.elements.filter(
    (target) =>
      target.elementKind !== undefined && kinds.has(target.elementKind),
  );
}

function fires(rule: Rule, target: AnalysisTarget): boolean {
  if (rule.when !== undefined && !holds(rule.when, target.facts)) return false;
  return rule.unless === undefined || !holds(rule.unless, target.facts);
}
