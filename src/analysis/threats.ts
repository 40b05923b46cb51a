import type { Catalog, Pack, Rule } from '../catalog/schema';
import type { ThreatActor } from '../model/schema';
import { chooseActor, type ActorProfile } from './actors';
import { compileCondition, type Predicate } from './conditions';
import type { AnalysisTarget, ModelTargets } from './targets';

/** One rule firing on one target, before it is rated. */
export interface Finding {
  /** Stable: `${rule.id}@${target.id}`. */
  readonly id: string;
  readonly rule: Rule;
  readonly target: AnalysisTarget;
  readonly actor: ActorProfile;
}

export type FindingVisitor = (
  rule: Rule,
  target: AnalysisTarget,
  actor: ActorProfile,
) => void;

/**
 * Visits every rule of an applicable pack on every target it fits: the
 * target type and element kind match, `when` holds (or is absent) and
 * `unless` does not; rule by rule in catalog order, targets by id. A rule
 * id seen twice fires once, for its first definition.
 */
export function forEachFinding(
  catalog: Catalog,
  targets: ModelTargets,
  packs: readonly Pack[],
  actors: readonly ThreatActor[],
  visit: FindingVisitor,
): void {
  const active = new Set(packs);
  const seen = new Set<string>();

  for (const rule of catalog.rules) {
    if (!active.has(rule.pack) || seen.has(rule.id)) continue;
    seen.add(rule.id);

    const actor = chooseActor(actors, rule.actors);
    const fires = firing(rule);
    for (const target of candidates(rule, targets)) {
      if (fires(target)) visit(rule, target, actor);
    }
  }
}

export function findingId(rule: Rule, target: AnalysisTarget): string {
  return `${rule.id}@${target.ref.id}`;
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

function firing(rule: Rule): (target: AnalysisTarget) => boolean {
  const when =
    rule.when === undefined ? undefined : compileCondition(rule.when);
  const unless: Predicate | undefined =
    rule.unless === undefined ? undefined : compileCondition(rule.unless);

  return (target) =>
    (when === undefined || when(target.facts)) &&
    (unless === undefined || !unless(target.facts));
}
