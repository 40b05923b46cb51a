import { ThreatModelError } from '../../model/errors';
import { MAX_NESTING } from '../limits';
import { keyOf } from '../text';

/** Keys that could reach an object's prototype when data is merged. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/**
 * Refuses bracket nesting deeper than the limit before a parser sees it:
 * parsers recurse per level, so `[[[[…` costs stack and seconds. Quoted
 * text is skipped; the scan is approximate for YAML, and the tree check
 * below catches what it misses.
 */
export function checkBracketNesting(text: string, lineOffset = 0): void {
  let depth = 0;
  let line = 1;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (quote !== '') {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = '';
      continue;
    }

    if (c === '"') quote = c;
    else if (c === '[' || c === '{') {
      depth++;
      if (depth > MAX_NESTING) throw tooDeep(`line ${line + lineOffset}`);
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
}

/**
 * Walks parsed data without recursion, refusing prototype keys anywhere
 * and nesting deeper than the limit. Names the path at fault.
 */
export function checkTree(root: unknown): void {
  interface Step {
    readonly value: unknown;
    readonly depth: number;
    readonly parent?: Step;
    readonly key?: string | number;
  }

  const stack: Step[] = [{ value: root, depth: 0 }];
  for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
    const { value, depth } = step;
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_NESTING) throw tooDeep(pathOf(step));

    if (Array.isArray(value)) {
      value.forEach((item: unknown, key) => {
        stack.push({ value: item, depth: depth + 1, parent: step, key });
      });
      continue;
    }

    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        const at = pathOf({ value: null, depth, parent: step, key });
        throw new ThreatModelError(
          'UNSAFE_INPUT',
          `the key '${key}' is not accepted in an import file`,
          [{ path: at, message: `'${key}' could reach object prototypes` }],
        );
      }
      const item: unknown = (value as Record<string, unknown>)[key];
      stack.push({ value: item, depth: depth + 1, parent: step, key });
    }
  }

  function pathOf(step: Step): string {
    const keys: (string | number)[] = [];
    for (let s: Step | undefined = step; s?.key !== undefined; s = s.parent) {
      keys.push(s.key);
    }

    return keys
      .reverse()
      .map((k, i) =>
        typeof k === 'number' ? `[${k}]` : `${i ? '.' : ''}${keyOf(k)}`,
      )
      .join('');
  }
}

function tooDeep(path: string): ThreatModelError {
  return new ThreatModelError(
    'UNSAFE_INPUT',
    `the file nests deeper than ${MAX_NESTING} levels`,
    [{ path, message: 'nesting too deep' }],
  );
}
