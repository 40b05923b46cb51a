import {
  SEVERITIES,
  STRIDE,
  type Severity,
  type Stride,
} from '../model/vocabulary';
import { round1 } from './severity';
import type { MitigationItem, Summary, TargetRef, Threat } from './types';

/**
 * Counts and sums over the sorted threats and mitigations. Sums are added
 * in the threats' order and rounded, so they print the same every run.
 * Coverage is the share of elements and flows with at least one threat,
 * to three decimals. A threat names each STRIDE category once, so it counts
 * once per category.
 */
export function summarize(
  threats: readonly Threat[],
  mitigations: readonly MitigationItem[],
  targetCount: number,
): Summary {
  const inherentCounts = new Map<Severity, number>();
  const residualCounts = new Map<Severity, number>();
  const strideCounts = new Map<Stride, number>();
  const covered = new Set<TargetRef['id']>();
  let lastTarget: TargetRef | undefined;
  let inherent = 0;
  let residual = 0;
  let aboveTolerance = 0;

  // Indexed loops: a single pass over every threat, where an iterator
  // would allocate at each step until the engine optimises it.
  for (let index = 0; index < threats.length; index += 1) {
    const threat = threats[index] as Threat;
    bump(inherentCounts, threat.inherent.severity);
    bump(residualCounts, threat.residual.severity);
    const { stride } = threat;
    for (let at = 0; at < stride.length; at += 1) {
      bump(strideCounts, stride[at] as Stride);
    }
    if (threat.target !== lastTarget) {
      lastTarget = threat.target;
      covered.add(lastTarget.id);
    }
    inherent += threat.inherent.score;
    residual += threat.residual.score;
    if (threat.aboveTolerance) aboveTolerance += 1;
  }

  const residualBySeverity = countsOf(SEVERITIES, residualCounts);
  const highest = [...SEVERITIES]
    .reverse()
    .find((severity) => residualBySeverity[severity] > 0);
  let implemented = 0;
  for (let index = 0; index < mitigations.length; index += 1) {
    if (mitigations[index]?.status === 'implemented') implemented += 1;
  }
  return {
    threatCount: threats.length,
    bySeverity: countsOf(SEVERITIES, inherentCounts),
    residualBySeverity,
    byStride: countsOf(STRIDE, strideCounts),
    aboveTolerance,
    highestResidual: highest ?? 'note',
    inherentRiskScore: round1(inherent),
    residualRiskScore: round1(residual),
    mitigationsOpen: mitigations.length - implemented,
    mitigationsImplemented: implemented,
    coverage:
      targetCount === 0
        ? 0
        : Math.round((covered.size / targetCount) * 1000) / 1000,
  };
}

function bump<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** A record of every key in order, 0 for the keys never counted. */
function countsOf<K extends string>(
  keys: readonly K[],
  counts: ReadonlyMap<K, number>,
): Record<K, number> {
  return Object.fromEntries(
    keys.map((key) => [key, counts.get(key) ?? 0]),
  ) as Record<K, number>;
}
