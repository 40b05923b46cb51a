import type { ThreatModel } from '../model/schema';
import type { Severity } from '../model/vocabulary';
import { readFact } from './facts';
import { compareText } from './order';
import { buildGraph, searchFrom, type Route } from './routes';
import type { ModelTargets } from './targets';
import { severityPlace } from './severity';
import type { ThreatsByTarget } from './inventory';
import type { AttackPath } from './types';

/**
 * Attack paths: from each entry point (an exposed element that is not an
 * external entity) along flows to the data stores holding assets, or to
 * every data store when no asset says where it lives; only shortest routes
 * (see routes.ts). The search is bounded so a large model stays fast:
 * entries are searched riskiest first within a budget of edge visits, and
 * the MAX_PATHS riskiest paths are kept, sorted by score then id. A path
 * is as risky as the worst residual threat on its elements and flows.
 */
export const MAX_PATHS = 200;
export const EDGE_VISIT_BUDGET = 120_000;

interface TargetRisk {
  readonly score: number;
  readonly severity: Severity;
}

/** The worst residual risk of a target by id; undefined with no threat. */
type RiskOf = (id: string) => TargetRisk | undefined;

interface Candidate extends Route {
  readonly id: string;
  readonly score: number;
  readonly severity: Severity;
}

export function findAttackPaths(
  model: ThreatModel,
  targets: ModelTargets,
  threats: ThreatsByTarget,
): AttackPath[] {
  const risk = riskOfTargets(threats);
  const graph = buildGraph(model, targets);
  const stores = crownJewels(model, targets);
  const scoreOf = (id: string): number => risk(id)?.score ?? 0;
  const entries = targets.elements
    .filter((t) => t.elementKind !== 'external-entity')
    .filter((t) => readFact(t.facts, 'exposed') === true)
    .map((t) => t.ref.id)
    .sort((a, b) => scoreOf(b) - scoreOf(a) || compareText(a, b));

  let kept: Candidate[] = [];
  let budget = EDGE_VISIT_BUDGET;
  for (const entry of entries) {
    if (budget <= 0) break;
    const search = searchFrom(entry, graph, budget);
    budget = search.budget;

    for (const store of search.reached) {
      if (!stores.has(store) || store === entry) continue;
      for (const route of search.routesTo(store)) kept.push(rate(route, risk));
    }
    if (kept.length > 4 * MAX_PATHS) kept = riskiest(kept);
  }

  const paths = riskiest(kept);
  const onPaths = threatsOnPaths(threats, paths);
  return paths.map((candidate) => toPath(candidate, onPaths));
}

function riskiest(candidates: Candidate[]): Candidate[] {
  return candidates
    .sort((a, b) => b.score - a.score || compareText(a.id, b.id))
    .slice(0, MAX_PATHS);
}

function rate(route: Route, risk: RiskOf): Candidate {
  let score = 0;
  let severity: Severity = 'note';
  const visit = (id: string): void => {
    const known = risk(id);
    if (known === undefined) return;
    if (known.score > score) score = known.score;
    if (severityPlace(known.severity) > severityPlace(severity))
      severity = known.severity;
  };
  route.steps.forEach(visit);
  route.flows.forEach(visit);
  return { ...route, id: route.steps.join('>'), score, severity };
}

function toPath(
  candidate: Candidate,
  onPaths: ReadonlyMap<string, string[]>,
): AttackPath {
  const threats = [...candidate.steps, ...candidate.flows].flatMap(
    (id) => onPaths.get(id) ?? [],
  );
  return {
    id: candidate.id,
    steps: [...candidate.steps],
    flows: [...candidate.flows],
    targetAsset: candidate.steps[candidate.steps.length - 1] ?? '',
    severity: candidate.severity,
    score: candidate.score,
    threats: threats.sort(compareText),
  };
}

function crownJewels(model: ThreatModel, targets: ModelTargets): Set<string> {
  const stores = new Set(
    targets.elements
      .filter((t) => t.elementKind === 'data-store')
      .map((t) => t.ref.id),
  );
  const holding = new Set(
    model.assets
      .flatMap((asset) => asset.storedIn)
      .filter((id) => stores.has(id)),
  );
  return holding.size > 0 ? holding : stores;
}

/** The worst residual risk of each target, read once per target asked. */
function riskOfTargets(threats: ThreatsByTarget): RiskOf {
  const known = new Map<string, TargetRisk | undefined>();
  return (id) => {
    if (!known.has(id)) known.set(id, threats.worst(id));
    return known.get(id);
  };
}

/** The threat ids on the targets some kept path passes through. */
function threatsOnPaths(
  threats: ThreatsByTarget,
  paths: readonly Candidate[],
): Map<string, string[]> {
  const wanted = new Map<string, string[]>();
  for (const path of paths) {
    for (const id of [...path.steps, ...path.flows]) {
      if (!wanted.has(id)) wanted.set(id, threats.idsOn(id));
    }
  }
  return wanted;
}
