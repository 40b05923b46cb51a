import {
  SEVERITIES,
  STRIDE,
  type Severity,
  type Stride,
} from '../model/vocabulary';
import { round1, severityPlace } from './severity';
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
  const inherentCounts = new Float64Array(SEVERITIES.length);
  const residualCounts = new Float64Array(SEVERITIES.length);
  const strideCounts = new Float64Array(STRIDE.length);
  const covered = new Set<TargetRef>();
  let inherent = 0;
  let residual = 0;
  let aboveTolerance = 0;

  // Indexed loops and counters by place: a single pass over every threat,
  // where iterators or maps keyed by text would cost at every step.
  for (let index = 0; index < threats.length; index += 1) {
    const threat = threats[index] as Threat;
    countAt(inherentCounts, severityPlace(threat.inherent.severity));
    countAt(residualCounts, severityPlace(threat.residual.severity));
    const { stride } = threat;
    for (let at = 0; at < stride.length; at += 1) {
      countAt(strideCounts, STRIDE.indexOf(stride[at] as Stride));
    }
    covered.add(threat.target);
    inherent += threat.inherent.score;
    residual += threat.residual.score;
    if (threat.aboveTolerance) aboveTolerance += 1;
  }

  let highest: Severity = 'note';
  SEVERITIES.forEach((severity, place) => {
    if ((residualCounts[place] ?? 0) > 0) highest = severity;
  });
  let implemented = 0;
  for (let index = 0; index < mitigations.length; index += 1) {
    if (mitigations[index]?.status === 'implemented') implemented += 1;
  }
  return {
    threatCount: threats.length,
    bySeverity: countsOf(SEVERITIES, inherentCounts),
    residualBySeverity: countsOf(SEVERITIES, residualCounts),
    byStride: countsOf(STRIDE, strideCounts),
    aboveTolerance,
    highestResidual: highest,
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

function countAt(counts: Float64Array, place: number): void {
  counts[place] = (counts[place] ?? 0) + 1;
}

/** A record of every key in order, with the count at its place. */
function countsOf<K extends string>(
  keys: readonly K[],
  counts: Float64Array,
): Record<K, number> {
  return Object.fromEntries(
    keys.map((key, place) => [key, counts[place] ?? 0]),
  ) as Record<K, number>;
}
