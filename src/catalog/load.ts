import { z } from 'zod';
import { ThreatModelError, type Problem } from '../model/errors';
import { formatPath } from '../model/validate';
import { findCatalogProblems } from './check';
import { BUILT_IN_MITIGATIONS } from './mitigations';
import { BUILT_IN_RULES } from './rules';
import { Catalog, Mitigation, Rule } from './schema';

/** A team's own catalog: the same schema, either list may be left out. */
const TeamCatalog = z.strictObject({
  rules: z.array(Rule).default([]),
  mitigations: z.array(Mitigation).default([]),
});

/** Hostile-input bounds, checked before the schema walks the data. */
const MAX_DEPTH = 80;
const MAX_NODES = 200_000;

let builtIn: Catalog | undefined;

/**
 * The rules and mitigations that ship with the engine, validated on first
 * use and cached; the result is frozen, so no caller can change it for
 * the next.
 */
export function builtInCatalog(): Catalog {
  if (builtIn !== undefined) return builtIn;

  const parsed = Catalog.safeParse({
    rules: BUILT_IN_RULES,
    mitigations: BUILT_IN_MITIGATIONS,
  });
  if (!parsed.success) throw invalid(parsed.error.issues.map(toProblem));

  const ids = new Set(parsed.data.mitigations.map((m) => m.id));
  const problems = findCatalogProblems(parsed.data, ids);
  if (problems.length > 0) throw invalid(problems);

  builtIn = deepFreeze(parsed.data);
  return builtIn;
}

/**
 * The built-in catalog merged with a team's own rules and mitigations
 * (untrusted data, such as a parsed YAML or JSON file). A team entry whose
 * id the built-in catalog already has replaces it in place; the others
 * are added after. Throws INVALID_CATALOG naming every problem by its path
 * in the team's data.
 */
export function loadCatalog(extra?: unknown): Catalog {
  const base = builtInCatalog();
  if (extra === undefined) return base;

  const shape = shapeProblem(extra);
  if (shape !== undefined) throw invalid([shape]);

  const parsed = TeamCatalog.safeParse(extra);
  if (!parsed.success) throw invalid(parsed.error.issues.map(toProblem));

  const team = parsed.data;
  const mitigations = mergeById(base.mitigations, team.mitigations);
  const ids = new Set(mitigations.map((m) => m.id));
  const problems = findCatalogProblems(team, ids);
  if (problems.length > 0) throw invalid(problems);

  return { rules: mergeById(base.rules, team.rules), mitigations };
}

function mergeById<T extends { readonly id: string }>(
  base: readonly T[],
  extra: readonly T[],
): T[] {
  const byId = new Map(extra.map((item) => [item.id, item]));
  const merged = base.map((item) => byId.get(item.id) ?? item);
  const known = new Set(base.map((item) => item.id));
  return [...merged, ...extra.filter((item) => !known.has(item.id))];
}

/** Refuses data nested or sized beyond any real catalog, without recursion. */
function shapeProblem(data: unknown): Problem | undefined {
  const stack: { value: unknown; depth: number }[] = [
    { value: data, depth: 0 },
  ];
  let nodes = 0;

  while (stack.length > 0) {
    const { value, depth } = stack.pop() ?? { value: null, depth: 0 };
    nodes += 1;
    if (nodes > MAX_NODES) {
      return { path: '', message: `holds more than ${MAX_NODES} values` };
    }
    if (depth > MAX_DEPTH) {
      return { path: '', message: `nests deeper than ${MAX_DEPTH} levels` };
    }
    if (typeof value !== 'object' || value === null) continue;
    for (const inner of Object.values(value)) {
      stack.push({ value: inner, depth: depth + 1 });
    }
  }

  return undefined;
}

function toProblem(issue: z.core.$ZodIssue): Problem {
  return { path: formatPath(issue.path), message: issue.message };
}

function invalid(problems: readonly Problem[]): ThreatModelError {
  const count =
    problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return new ThreatModelError(
    'INVALID_CATALOG',
    `the rule catalog has ${count}`,
    problems,
  );
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;

  for (const inner of Object.values(value)) deepFreeze(inner);
  return Object.freeze(value);
}
