import type { Problem } from '../model/errors';
import {
  APPLICATION_TYPES,
  ARCHITECTURES,
  AUTHENTICATION_METHODS,
  DEPLOYMENTS,
  ELEMENT_KINDS,
  ELEMENT_SUBTYPES,
  REGULATIONS,
} from '../model/vocabulary';
import { isKnownFact } from './facts';
import type { Condition, FactTest, Rule } from './schema';

/**
 * The checks a schema cannot make on a parsed catalog: ids used twice,
 * facts that do not exist or do not exist for the rule's target, tests
 * that can never hold for the fact they read, and mitigations that are
 * missing. Each problem names the path of the field at fault.
 *
 * `fallback` needs no check beyond its type: any rule may be a catch-all,
 * since the analysis decides target by target whether another rule
 * already raises its categories there (see analysis/threats.ts). A
 * team's rule that replaces a built-in one by id takes its own flag.
 */
export function findCatalogProblems(
  catalog: {
    readonly rules: readonly Rule[];
    readonly mitigations: readonly { readonly id: string }[];
  },
  mitigationIds: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  findDuplicates(catalog.rules, 'rules', problems);
  findDuplicates(catalog.mitigations, 'mitigations', problems);

  catalog.rules.forEach((rule, i) => {
    const path = `rules[${i}]`;
    if (rule.target === 'flow' && rule.elementKinds.length > 0) {
      problems.push({
        path: `${path}.elementKinds`,
        message: 'a flow rule applies to flows; remove elementKinds',
      });
    }
    for (const key of ['when', 'unless'] as const) {
      const condition = rule[key];
      if (condition === undefined) continue;
      checkCondition(condition, rule.target, `${path}.${key}`, 0, problems);
    }
    rule.mitigations.forEach((id, j) => {
      if (mitigationIds.has(id)) return;
      problems.push({
        path: `${path}.mitigations[${j}]`,
        message: `names mitigation '${id}', which the catalog does not have`,
      });
    });
  });

  return problems;
}

/** The analysis reads a condition deeper than this as false. */
export const MAX_CONDITION_DEPTH = 32;

function findDuplicates(
  items: readonly { readonly id: string }[],
  path: string,
  problems: Problem[],
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      problems.push({
        path: `${path}[${i}].id`,
        message: `id '${item.id}' is used twice`,
      });
    }
    seen.add(item.id);
  });
}

function checkCondition(
  condition: Condition,
  target: Rule['target'],
  path: string,
  depth: number,
  problems: Problem[],
): void {
  if (depth > MAX_CONDITION_DEPTH) {
    problems.push({
      path,
      message: `nests deeper than ${MAX_CONDITION_DEPTH} levels`,
    });
    return;
  }

  if ('all' in condition || 'any' in condition) {
    const key = 'all' in condition ? 'all' : 'any';
    const list = 'all' in condition ? condition.all : condition.any;
    list.forEach((inner, i) => {
      checkCondition(
        inner,
        target,
        `${path}.${key}[${i}]`,
        depth + 1,
        problems,
      );
    });
    return;
  }
  if ('not' in condition) {
    checkCondition(condition.not, target, `${path}.not`, depth + 1, problems);
    return;
  }

  const message = factProblem(condition.fact, target) ?? testProblem(condition);
  if (message !== undefined) problems.push({ path, message });
}

function factProblem(fact: string, target: Rule['target']): string | undefined {
  if (isKnownFact(target, fact)) return undefined;

  if (target === 'flow' && isKnownFact('element', fact)) {
    return `'${fact}' is an element fact; a flow rule reads it as source.${fact} or target.${fact}`;
  }
  if (target === 'element' && isKnownFact('flow', fact)) {
    return `'${fact}' is a flow fact; an element rule cannot read it`;
  }
  return `unknown fact '${fact}' (see the list in catalog/facts.ts)`;
}

type FactType = 'list' | 'number' | 'boolean' | readonly string[];

/** What each fact holds, so a test that can never pass is caught. */
// TODO: read value types from facts.ts once it records them beside each
// fact's meaning, so that adding a fact takes one entry instead of two.
const FACT_TYPES: Readonly<Record<string, FactType>> = {
  kind: ELEMENT_KINDS,
  subtype: ELEMENT_SUBTYPES,
  'attr.authentication': AUTHENTICATION_METHODS,
  technologies: 'list',
  nameWords: 'list',
  regulations: REGULATIONS,
  inboundFlows: 'number',
  outboundFlows: 'number',
  assetCount: 'number',
  dataClassification: 'number',
  'system.dataSensitivity': 'number',
  'system.applicationType': APPLICATION_TYPES,
  'system.architecture': ARCHITECTURES,
  'system.deployment': DEPLOYMENTS,
};

/** Facts holding a list: regulations is a list of a closed vocabulary. */
const LIST_FACTS = new Set(['technologies', 'nameWords', 'regulations']);

/** Derived flags; every stated attribute but authentication is a flag too. */
const BOOLEAN_FACTS = new Set([
  'exposed',
  'entryPoint',
  'authenticates',
  'privileged',
  'crossBoundaryInbound',
  'inBoundary',
  'encrypted',
  'authenticated',
  'crossesBoundary',
  'fromExternal',
  'toDataStore',
  'bidirectional',
]);

function typeOf(name: string): FactType | undefined {
  const isFlag =
    BOOLEAN_FACTS.has(name) ||
    (name.startsWith('attr.') && name !== 'attr.authentication');
  return isFlag ? 'boolean' : FACT_TYPES[name];
}

function testProblem(test: FactTest): string | undefined {
  const name = test.fact.replace(/^(source|target)\./, '');
  const type = typeOf(name);
  const isList = LIST_FACTS.has(name);

  if (isList && (test.equals !== undefined || test.in !== undefined)) {
    return `'${test.fact}' is a list; test it with includes or includesAny`;
  }
  if (
    !isList &&
    (test.includes !== undefined || test.includesAny !== undefined)
  ) {
    return `'${test.fact}' is not a list; test it with equals or in`;
  }
  if (test.atLeast !== undefined && type !== 'number') {
    return `'${test.fact}' is not a number; atLeast never holds`;
  }

  const values = [
    test.equals,
    test.includes,
    ...(test.in ?? []),
    ...(test.includesAny ?? []),
  ].filter((value) => value !== undefined);
  const wrong = values.find((value) => !fits(value, type));
  return wrong === undefined
    ? undefined
    : `${JSON.stringify(wrong)} is never a value of '${test.fact}'`;
}

function fits(value: string | number | boolean, type: FactType | undefined) {
  if (type === undefined) return true;
  if (type === 'list') return typeof value === 'string';
  if (type === 'number') return typeof value === 'number';
  if (type === 'boolean') return typeof value === 'boolean';
  return typeof value === 'string' && type.includes(value);
}
