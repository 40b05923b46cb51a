import type { Catalog, Pack, Rule } from '../catalog/schema';
import type { ElementKind, Stride } from '../model/vocabulary';
import { compileCondition, type Predicate } from './conditions';
import type { AnalysisTarget, ModelTargets } from './targets';

/** One rule firing on one target, before it is rated. */
export type FindingVisitor = (rule: Rule, target: AnalysisTarget) => void;

/**
 * Visits every rule of an applicable pack on every target it fits: the
 * target type and element kind match, `when` holds (or is absent) and
 * `unless` does not. A rule id seen twice fires once, for its first
 * definition.
 *
 * Specific rules go first, rule by rule in catalog order, targets by id;
 * they mark the STRIDE categories they raise on each target. Fallback
 * rules (catch-alls) go next and fire on a target only when one of their
 * categories is still unmarked there, so a bare element still gets a
 * threat in every category some rule covers, without a generic threat
 * repeating a specific one.
 */
export function forEachFinding(
  catalog: Catalog,
  targets: ModelTargets,
  packs: readonly Pack[],
  visit: FindingVisitor,
): void {
  const rules = activeRules(catalog, packs);
  const raised = new Uint8Array(targets.elements.length + targets.flows.length);
  const byKind = elementsByKind(targets);

  for (const fallback of [false, true]) {
    for (const rule of rules) {
      if (rule.fallback !== fallback) continue;

      const categories = strideBits(rule.stride);
      const fires = firing(rule);
      for (const target of candidates(rule, targets, byKind)) {
        const seen = raised[target.rank] ?? 0;
        if (fallback && (seen & categories) === categories) continue;
        if (!fires(target)) continue;

        if (!fallback) raised[target.rank] = seen | categories;
        visit(rule, target);
      }
    }
  }
}

export function findingId(rule: Rule, target: AnalysisTarget): string {
  return `${rule.id}@${target.ref.id}`;
}

const STRIDE_BIT: Readonly<Record<Stride, number>> = {
  S: 1,
  T: 2,
  R: 4,
  I: 8,
  D: 16,
  E: 32,
};

function strideBits(stride: readonly Stride[]): number {
  let bits = 0;
  for (const category of stride) bits |= STRIDE_BIT[category];
  return bits;
}

/** The rules of the applicable packs, each id once, in catalog order. */
function activeRules(catalog: Catalog, packs: readonly Pack[]): Rule[] {
  const active = new Set(packs);
  const seen = new Set<string>();
  const rules: Rule[] = [];
  for (const rule of catalog.rules) {
    if (!active.has(rule.pack) || seen.has(rule.id)) continue;
    seen.add(rule.id);
    rules.push(rule);
  }
  return rules;
}

type ByKind = ReadonlyMap<ElementKind, readonly AnalysisTarget[]>;

function elementsByKind(targets: ModelTargets): ByKind {
  const byKind = new Map<ElementKind, AnalysisTarget[]>();
  for (const target of targets.elements) {
    if (target.elementKind === undefined) continue;
    const list = byKind.get(target.elementKind) ?? [];
    list.push(target);
    byKind.set(target.elementKind, list);
  }
  return byKind;
}

function candidates(
  rule: Rule,
  targets: ModelTargets,
  byKind: ByKind,
): readonly AnalysisTarget[] {
  if (rule.target === 'flow') return targets.flows;
  if (rule.elementKinds.length === 0) return targets.elements;

  const [only, ...others] = rule.elementKinds;
  if (only !== undefined && others.length === 0) return byKind.get(only) ?? [];

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
