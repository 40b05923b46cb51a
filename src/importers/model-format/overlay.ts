import { ThreatModelError, type Problem } from '../../model/errors';
import { type Data, isRecord, list } from '../data/read';
import type { DiagramParts } from '../parts';

type ListName = 'elements' | 'flows' | 'boundaries';

/** The fields an entry needs to stand on its own, without the diagram. */
const REQUIRED: Readonly<Record<ListName, readonly string[]>> = {
  elements: ['id', 'name', 'kind'],
  flows: ['id', 'from', 'to'],
  boundaries: ['id', 'name'],
};

const NOUN: Readonly<Record<ListName, string>> = {
  elements: 'element',
  flows: 'flow',
  boundaries: 'trust boundary',
};

/** Merged lists, with where each entry came from, for error messages. */
export interface Overlaid {
  readonly lists: Record<ListName, Data[]>;
  /** `elements[3]` of the merged model → where a person finds it. */
  readonly origins: ReadonlyMap<string, string>;
}

/**
 * Applies a file's `elements`, `flows` and `boundaries` to what its diagram
 * draws, matched by id. Only the fields an entry gives override (security
 * attributes one by one); an entry whose id the diagram lacks is added when
 * it is complete and is an error otherwise. Diagram order is kept, and
 * added entries follow. `where` prefixes paths, as in `front matter`.
 */
export function overlay(parts: DiagramParts, file: Data, where = ''): Overlaid {
  const problems: Problem[] = [];
  const origins = new Map<string, string>();
  const merge = (name: ListName, base: readonly Data[]): Data[] => {
    const merged = mergeList(name, base, list(file, name), where, problems);
    merged.origins.forEach((origin, i) => {
      if (origin !== undefined) origins.set(`${name}[${i}]`, origin);
    });
    return merged.entries;
  };

  const lists = {
    elements: merge('elements', parts.elements),
    flows: merge('flows', parts.flows),
    boundaries: merge('boundaries', parts.boundaries),
  };
  if (problems.length > 0) {
    throw new ThreatModelError(
      'INVALID_MODEL',
      'the model names things its diagram does not draw',
      problems,
    );
  }
  return { lists, origins };
}

function mergeList(
  name: ListName,
  base: readonly Data[],
  entries: readonly unknown[],
  where: string,
  problems: Problem[],
): { entries: Data[]; origins: (string | undefined)[] } {
  const merged = [...base];
  const origins: (string | undefined)[] = base.map(() => undefined);
  const index = new Map(base.map((entry, i) => [String(entry.id), i]));
  entries.forEach((entry, i) => {
    const path = `${where ? `${where}: ` : ''}${name}[${i}]`;
    const id = isRecord(entry) ? entry.id : undefined;
    if (!isRecord(entry) || typeof id !== 'string') {
      problems.push({ path, message: 'needs an id' });
      return;
    }

    const at = index.get(id);
    const known = at === undefined ? undefined : merged[at];
    if (at !== undefined && known !== undefined) {
      merged[at] = mergeEntry(known, entry);
      origins[at] = path;
      return;
    }

    const missing = REQUIRED[name].filter((key) => entry[key] === undefined);
    if (missing.length === 0) {
      index.set(id, merged.length);
      merged.push(entry);
      origins.push(path);
      return;
    }
    const named = `names ${NOUN[name]} '${id.slice(0, 128)}', which the diagram does not draw`;
    const message = `${named}; give ${missing.join(', ')} to add it`;
    problems.push({ path: `${path}.id`, message });
  });

  return { entries: merged, origins };
}

function mergeEntry(base: Data, entry: Data): Data {
  const attributes =
    isRecord(base.attributes) && isRecord(entry.attributes)
      ? { attributes: { ...base.attributes, ...entry.attributes } }
      : {};
  return { ...base, ...entry, ...attributes };
}

/**
 * Rewrites `elements[3].name` in a validation error to where the entry came
 * from: the file's own entry, or the diagram's node, edge or subgraph.
 */
export function relabel(error: unknown, overlaid: Overlaid): unknown {
  if (!(error instanceof ThreatModelError) || error.code !== 'INVALID_MODEL')
    return error;

  const problems = error.problems.map((problem) => {
    const head = /^(elements|flows|boundaries)\[(\d+)\]/.exec(problem.path);
    if (head === null) return problem;

    const name = head[1] as ListName;
    const id = String(overlaid.lists[name][Number(head[2])]?.id).slice(0, 128);
    const origin =
      overlaid.origins.get(head[0]) ?? `diagram: ${NOUN[name]} '${id}'`;
    return { ...problem, path: origin + problem.path.slice(head[0].length) };
  });
  return new ThreatModelError(error.code, error.message, problems, error.line);
}
