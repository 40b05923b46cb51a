import { readFact, type FactRecord } from './facts';
import type { AnalysisTarget, ModelTargets } from './targets';
import type { SurfaceFacts } from './types';

/**
 * The attack surface, read off the facts (ids sorted): entry points,
 * flows crossing a trust boundary, elements that authenticate, exposed
 * elements (stated internet facing or fed by an external entity),
 * privileged elements, and boundary crossings not known to be encrypted
 * (stated or derived false, or unknown).
 */
export function surfaceFacts(targets: ModelTargets): SurfaceFacts {
  const elementsWhere = (test: (facts: FactRecord) => boolean): string[] =>
    idsWhere(targets.elements, test);
  const crossings = targets.flows.filter(
    (t) => readFact(t.facts, 'crossesBoundary') === true,
  );

  return {
    entryPoints: elementsWhere((f) => readFact(f, 'entryPoint') === true),
    boundaryCrossings: idsWhere(crossings, () => true),
    authenticationPoints: elementsWhere(
      (f) => readFact(f, 'authenticates') === true,
    ),
    internetFacing: elementsWhere((f) => readFact(f, 'exposed') === true),
    privileged: elementsWhere((f) => readFact(f, 'privileged') === true),
    unencryptedCrossings: idsWhere(
      crossings,
      (f) => readFact(f, 'encrypted') !== true,
    ),
  };
}

/** Targets arrive sorted by id, so the ids come out sorted. */
function idsWhere(
  list: readonly AnalysisTarget[],
  test: (facts: FactRecord) => boolean,
): string[] {
  return list
    .filter((target) => test(target.facts))
    .map((target) => target.ref.id);
}
