import type { Condition } from '../catalog/schema';
import { readFact, type FactRecord, type FactValue } from './facts';

/**
 * Evaluates a rule's declarative condition over a target's facts. Nothing
 * in a condition is run as code, and no data can make it throw: a fact the
 * target lacks fails every test but `exists: false`, and a malformed or
 * over-deep condition is false (so is its negation).
 */
export function holds(
  condition: Condition | undefined,
  facts: FactRecord,
): boolean {
  return evaluate(condition, facts, 0) === true;
}

/** Deeper conditions are malformed: no rule needs this many levels. */
const MAX_DEPTH = 32;

const TESTS = [
  'equals',
  'in',
  'includes',
  'includesAny',
  'atLeast',
  'exists',
] as const;
type TestName = (typeof TESTS)[number];

/** True, false, or undefined when the condition is malformed. */
function evaluate(
  node: unknown,
  facts: FactRecord,
  depth: number,
): boolean | undefined {
  if (depth > MAX_DEPTH || typeof node !== 'object' || node === null)
    return undefined;
  const record = node as Readonly<Record<string, unknown>>;

  if (Object.hasOwn(record, 'all')) return every(record.all, facts, depth);
  if (Object.hasOwn(record, 'any')) return some(record.any, facts, depth);
  if (Object.hasOwn(record, 'not')) {
    const inner = evaluate(record.not, facts, depth + 1);
    return inner === undefined ? undefined : !inner;
  }
  if (Object.hasOwn(record, 'fact')) return testFact(record, facts);
  return undefined;
}

function every(
  list: unknown,
  facts: FactRecord,
  depth: number,
): boolean | undefined {
  if (!Array.isArray(list)) return undefined;

  let result = true;
  for (const item of list as readonly unknown[]) {
    const value = evaluate(item, facts, depth + 1);
    if (value === undefined) return undefined;
    result &&= value;
  }
  return result;
}

function some(
  list: unknown,
  facts: FactRecord,
  depth: number,
): boolean | undefined {
  if (!Array.isArray(list)) return undefined;

  let result = false;
  for (const item of list as readonly unknown[]) {
    const value = evaluate(item, facts, depth + 1);
    if (value === undefined) return undefined;
    result ||= value;
  }
  return result;
}

/** Every test the node names must pass; a node naming none is malformed. */
function testFact(
  node: Readonly<Record<string, unknown>>,
  facts: FactRecord,
): boolean | undefined {
  const name = node.fact;
  if (typeof name !== 'string') return undefined;

  const value = readFact(facts, name);
  let named = 0;
  let passed = true;
  for (const test of TESTS) {
    if (!Object.hasOwn(node, test) || node[test] === undefined) continue;
    named += 1;
    passed &&= passes(test, node[test], value);
  }
  return named === 0 ? undefined : passed;
}

function passes(
  test: TestName,
  expected: unknown,
  value: FactValue | undefined,
): boolean {
  if (test === 'exists')
    return typeof expected === 'boolean' && (value !== undefined) === expected;
  if (value === undefined) return false;

  switch (test) {
    case 'equals':
      return isScalar(expected) && value === expected;
    case 'in':
      return (
        Array.isArray(expected) && isScalar(value) && expected.includes(value)
      );
    case 'includes':
      return (
        isList(value) &&
        isScalar(expected) &&
        value.includes(expected as string)
      );
    case 'includesAny':
      return (
        isList(value) &&
        Array.isArray(expected) &&
        expected.some(
          (item) => isScalar(item) && value.includes(item as string),
        )
      );
    case 'atLeast':
      return (
        typeof value === 'number' &&
        typeof expected === 'number' &&
        value >= expected
      );
  }
}

function isScalar(value: unknown): value is string | number | boolean {
  return (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  );
}

function isList(value: FactValue): value is readonly string[] {
  return Array.isArray(value);
}
