import type { Catalog, Pack, Rule } from '../catalog/schema';
import {
  ELEMENT_KINDS,
  type ElementKind,
  type Stride,
} from '../model/vocabulary';
import { compileCondition } from './conditions';
import { rankKeyParts } from './order';
import type { AnalysisTarget } from './targets';

/** A rule ready to run: its predicate compiled once, its place by id. */
export interface CompiledRule {
  readonly rule: Rule;
  /** Its place among the applicable rules in id order (see rankKeyParts). */
  readonly rank: number;
  /** Its STRIDE categories as bits. */
  readonly categories: number;
  readonly fires: (target: AnalysisTarget) => boolean;
}

interface RuleSet {
  readonly specific: readonly CompiledRule[];
  readonly fallback: readonly CompiledRule[];
}

/** The applicable rules, by the kind of target they can fire on. */
export interface CompiledRules {
  readonly elements: Readonly<Record<ElementKind, RuleSet>>;
  readonly flows: RuleSet;
  /** How many rules apply: their ranks run from 0 to one less. */
  readonly count: number;
}

/**
 * The rules of the applicable packs, compiled once per analysis. A rule
 * id seen twice counts once, for its first definition. Each kind of
 * target gets its specific and its fallback rules, each in id order.
 */
export function compileRules(
  catalog: Catalog,
  packs: readonly Pack[],
): CompiledRules {
  const rules = activeRules(catalog, packs);
  const ranks = rankKeyParts(rules.map((rule) => rule.id));
  const compiled = rules
    .map((rule): CompiledRule => ({
      rule,
      rank: ranks.get(rule.id) ?? 0,
      categories: strideBits(rule.stride),
      fires: firing(rule),
    }))
    .sort((a, b) => a.rank - b.rank);
  const setOf = (fits: (rule: Rule) => boolean): RuleSet => ({
    specific: compiled.filter((c) => !c.rule.fallback && fits(c.rule)),
    fallback: compiled.filter((c) => c.rule.fallback && fits(c.rule)),
  });

  const elements = {} as Record<ElementKind, RuleSet>;
  for (const kind of ELEMENT_KINDS) {
    elements[kind] = setOf(
      (rule) =>
        rule.target === 'element' &&
        (rule.elementKinds.length === 0 || rule.elementKinds.includes(kind)),
    );
  }
  return {
    elements,
    flows: setOf((rule) => rule.target === 'flow'),
    count: compiled.length,
  };
}

/**
 * Visits every rule that fires on one target: its type and element kind
 * match, `when` holds (or is absent) and `unless` does not. Specific rules
 * go first and mark the STRIDE categories they raise; a fallback rule
 * (catch-all) then fires only when one of its categories is still
 * unmarked, so a bare element still gets a threat in every category some
 * rule covers, without a generic threat repeating a specific one.
 */
export function forEachFinding(
  rules: CompiledRules,
  target: AnalysisTarget,
  visit: (rule: CompiledRule) => void,
): void {
  const set =
    target.elementKind === undefined
      ? rules.flows
      : rules.elements[target.elementKind];

  // Indexed loops: this runs for every target, and an iterator would
  // allocate on every step until the engine optimises it.
  let raised = 0;
  const { specific, fallback } = set;
  for (let index = 0; index < specific.length; index += 1) {
    const rule = specific[index] as CompiledRule;
    if (!rule.fires(target)) continue;
    raised |= rule.categories;
    visit(rule);
  }
  for (let index = 0; index < fallback.length; index += 1) {
    const rule = fallback[index] as CompiledRule;
    if ((raised & rule.categories) === rule.categories) continue;
    if (rule.fires(target)) visit(rule);
  }
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

function firing(rule: Rule): (target: AnalysisTarget) => boolean {
  const when =
    rule.when === undefined ? undefined : compileCondition(rule.when);
  const unless =
    rule.unless === undefined ? undefined : compileCondition(rule.unless);

  return (target) =>
    (when === undefined || when(target.facts)) &&
    (unless === undefined || !unless(target.facts));
}
