import type { Condition } from '../catalog/schema';
import { SlotFacts, type FactLayout } from './fact-slots';
import type { FactMap, FactRecord, FactValue } from './facts';

/**
 * Rule conditions, compiled once into plain closures over a target's facts
 * (no code is generated or evaluated). No data can make one throw: a fact
 * the target lacks fails every test but `exists: false`, and a malformed
 * or over-deep condition is false, and so is its negation.
 */
export type Predicate = (facts: FactRecord) => boolean;

export function compileCondition(condition: Condition | undefined): Predicate {
  return compile(condition, 0) ?? never;
}

/** Whether a condition holds for some facts; compile it once to test many. */
export function holds(
  condition: Condition | undefined,
  facts: FactRecord,
): boolean {
  return compileCondition(condition)(facts);
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
type Reader = (facts: FactRecord) => FactValue | undefined;

const never: Predicate = () => false;

/** A predicate, or undefined when the condition is malformed. */
function compile(node: unknown, depth: number): Predicate | undefined {
  if (depth > MAX_DEPTH || typeof node !== 'object' || node === null)
    return undefined;
  const record = node as Readonly<Record<string, unknown>>;

  if (Object.hasOwn(record, 'all')) {
    const parts = compileList(record.all, depth);
    return parts && allOf(parts);
  }
  if (Object.hasOwn(record, 'any')) {
    const parts = compileList(record.any, depth);
    return parts && anyOf(parts);
  }
  if (Object.hasOwn(record, 'not')) {
    const inner = compile(record.not, depth + 1);
    return inner && ((facts) => !inner(facts));
  }
  if (Object.hasOwn(record, 'fact')) return compileTests(record);
  return undefined;
}

/** Loops, not every/some with an arrow: no closure per evaluation. */
function allOf(parts: readonly Predicate[]): Predicate {
  return (facts) => {
    for (let index = 0; index < parts.length; index += 1) {
      if (!(parts[index] as Predicate)(facts)) return false;
    }
    return true;
  };
}

function anyOf(parts: readonly Predicate[]): Predicate {
  return (facts) => {
    for (let index = 0; index < parts.length; index += 1) {
      if ((parts[index] as Predicate)(facts)) return true;
    }
    return false;
  };
}

function compileList(list: unknown, depth: number): Predicate[] | undefined {
  if (!Array.isArray(list)) return undefined;

  const parts: Predicate[] = [];
  for (const item of list as readonly unknown[]) {
    const part = compile(item, depth + 1);
    if (part === undefined) return undefined;
    parts.push(part);
  }
  return parts;
}

/** Every test the node names must pass; a node naming none is malformed. */
function compileTests(
  node: Readonly<Record<string, unknown>>,
): Predicate | undefined {
  const name = node.fact;
  if (typeof name !== 'string') return undefined;

  const read = reader(name);
  const tests: ((value: FactValue | undefined) => boolean)[] = [];
  for (const test of TESTS) {
    if (Object.hasOwn(node, test) && node[test] !== undefined) {
      tests.push(compileTest(test, node[test]));
    }
  }
  if (tests.length === 0) return undefined;

  const [only] = tests;
  if (tests.length === 1 && only !== undefined)
    return (facts) => only(read(facts));
  return (facts) => {
    const value = read(facts);
    for (let index = 0; index < tests.length; index += 1) {
      if (!(tests[index] as (value: FactValue | undefined) => boolean)(value))
        return false;
    }
    return true;
  };
}

/** Resolves a dotted name to the facts holding it once, not on every read. */
function reader(name: string): Reader {
  if (name.startsWith('system.')) return (facts) => facts.system.get(name);
  if (name.startsWith('source.')) {
    const read = slotReader(name.slice('source.'.length));
    return (facts) =>
      facts.source === undefined ? undefined : read(facts.source);
  }
  if (name.startsWith('target.')) {
    const read = slotReader(name.slice('target.'.length));
    return (facts) =>
      facts.target === undefined ? undefined : read(facts.target);
  }
  const read = slotReader(name);
  return (facts) => read(facts.own);
}

/**
 * Reads one fact from a target's facts: by place for slots, remembering
 * the place for the last layout seen (a rule reads one kind of target),
 * and by name for any other map.
 */
function slotReader(name: string): (map: FactMap) => FactValue | undefined {
  let layout: FactLayout | undefined;
  let place = -1;
  return (map) => {
    if (!(map instanceof SlotFacts)) return map.get(name);
    if (map.layout !== layout) {
      layout = map.layout;
      place = layout.place(name);
    }
    return place < 0 ? undefined : map.values[place];
  };
}

function compileTest(
  test: TestName,
  expected: unknown,
): (value: FactValue | undefined) => boolean {
  switch (test) {
    case 'exists':
      return (value) =>
        typeof expected === 'boolean' && (value !== undefined) === expected;
    case 'equals':
      return (value) => isScalar(expected) && value === expected;
    case 'in': {
      const options = new Set(
        Array.isArray(expected) ? expected.filter(isScalar) : [],
      );
      return (value) => isScalar(value) && options.has(value);
    }
    case 'includes':
      return (value) =>
        isList(value) &&
        isScalar(expected) &&
        value.includes(expected as string);
    case 'includesAny': {
      const options = new Set(
        Array.isArray(expected) ? expected.filter(isScalar) : [],
      );
      return (value) => {
        if (!isList(value)) return false;
        for (let index = 0; index < value.length; index += 1) {
          if (options.has(value[index] as string)) return true;
        }
        return false;
      };
    }
    case 'atLeast':
      return (value) =>
        typeof value === 'number' &&
        typeof expected === 'number' &&
        value >= expected;
  }
}

function isScalar(value: unknown): value is string | number | boolean {
  return (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean'
  );
}

function isList(value: FactValue | undefined): value is readonly string[] {
  return Array.isArray(value);
}
