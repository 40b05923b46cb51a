import { ThreatModelError } from './errors';

/**
 * How large a model may be, whatever it was read from. The analysis makes
 * several threats per element and flow, so these bound its memory and time:
 * the benchmark's largest model (10,000 elements, 30,000 flows) fits with
 * room to spare.
 */
export const MAX_ELEMENTS = 20_000;
export const MAX_FLOWS = 60_000;
export const MAX_BOUNDARIES = 2_000;
/** The most trust boundaries one element may sit inside, counting its own. */
export const MAX_BOUNDARY_DEPTH = 32;

type Counted = 'elements' | 'flows' | 'boundaries';

const COUNT_LIMITS: Readonly<Record<Counted, number>> = {
  elements: MAX_ELEMENTS,
  flows: MAX_FLOWS,
  boundaries: MAX_BOUNDARIES,
};

const NOUNS: Readonly<Record<Counted, string>> = {
  elements: 'elements',
  flows: 'flows',
  boundaries: 'trust boundaries',
};

/**
 * Refuses a model whose lists are longer than the limits, before anything
 * looks inside them. Data that is not a model with lists passes: the
 * schema says what is wrong with it.
 */
export function checkModelSize(data: unknown): void {
  if (typeof data !== 'object' || data === null) return;

  const lists = data as Partial<Record<Counted, unknown>>;
  for (const key of ['elements', 'flows', 'boundaries'] as const) {
    const list = Object.hasOwn(data, key) ? lists[key] : undefined;
    if (Array.isArray(list)) checkCount(key, list.length, key);
  }
}

/** What was counted, for the message: `the diagram draws` 120,000 `nodes`. */
export interface Counting {
  readonly source: string;
  /** The list's own noun (elements, flows, trust boundaries) unless given. */
  readonly noun?: string;
}

/**
 * Throws INPUT_TOO_LARGE when `count` passes the limit for the list;
 * `path` says where, as `elements` or `line 14`. Importers call it while
 * reading, to stop before building everything, and say what they counted.
 */
export function checkCount(
  list: Counted,
  count: number,
  path: string,
  counting: Counting = { source: 'the model has' },
): void {
  const limit = COUNT_LIMITS[list];
  if (count <= limit) return;

  const { source, noun = NOUNS[list] } = counting;
  const problem =
    `${source} ${formatCount(count)} ${noun}, ` +
    `more than the limit of ${formatCount(limit)} ${NOUNS[list]}`;
  throw tooLarge(`${problem}; split it into smaller models`, path, problem);
}

/** Throws INPUT_TOO_LARGE when trust boundaries nest deeper than the limit. */
export function checkBoundaryDepth(depth: number, path: string): void {
  if (depth <= MAX_BOUNDARY_DEPTH) return;

  const problem =
    `trust boundaries nest ${formatCount(depth)} deep, ` +
    `more than the limit of ${MAX_BOUNDARY_DEPTH}`;
  throw tooLarge(problem, path, problem);
}

/**
 * Refuses trust boundaries nested deeper than the limit, naming the first
 * one too deep. Runs on boundaries whose parents are known and loop-free;
 * a loop would only stop the walk early.
 */
export function checkNesting(
  boundaries: readonly { readonly id: string; readonly parent?: string }[],
): void {
  const parents = new Map(boundaries.map((b) => [b.id, b.parent]));
  const depths = new Map<string, number>();
  boundaries.forEach((boundary, i) => {
    const chain: string[] = [];
    let at: string | undefined = boundary.id;
    while (at !== undefined && !depths.has(at)) {
      if (chain.length > boundaries.length) break;
      chain.push(at);
      at = parents.get(at);
    }

    let depth = at === undefined ? 0 : (depths.get(at) ?? 0);
    for (const id of chain.reverse()) depths.set(id, ++depth);
    checkBoundaryDepth(depth, `boundaries[${i}].parent`);
  });
}

function tooLarge(
  message: string,
  path: string,
  problem: string,
): ThreatModelError {
  const line = /^line (\d+)$/.exec(path);
  return new ThreatModelError(
    'INPUT_TOO_LARGE',
    message,
    [{ path, message: problem }],
    line === null ? undefined : Number(line[1]),
  );
}

/** 20000 as "20,000", without relying on the runtime's locale data. */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
