import {
  SEVERITIES,
  severityRank,
  STRIDE,
  type Severity,
} from '../model/vocabulary';
import { round1 } from './severity';
import type { MitigationItem, Summary, Threat } from './types';

/**
 * Counts and sums over the sorted threats and mitigations. Sums are added
 * in the threats' order and rounded, so they print the same every run.
 * Coverage is the share of elements and flows with at least one threat,
 * to three decimals.
 */
export function summarize(
  threats: readonly Threat[],
  mitigations: readonly MitigationItem[],
  targetCount: number,
): Summary {
  const bySeverity = countBy(SEVERITIES, threats, (t) => [t.inherent.severity]);
  const residualBySeverity = countBy(SEVERITIES, threats, (t) => [
    t.residual.severity,
  ]);
  const byStride = countBy(STRIDE, threats, (t) => t.stride);

  let highest: Severity = 'note';
  let inherent = 0;
  let residual = 0;
  for (const threat of threats) {
    inherent += threat.inherent.score;
    residual += threat.residual.score;
    if (severityRank(threat.residual.severity) > severityRank(highest)) {
      highest = threat.residual.severity;
    }
  }

  const covered = new Set(threats.map((threat) => threat.target.id)).size;
  const implemented = mitigations.filter(
    (m) => m.status === 'implemented',
  ).length;

  return {
    threatCount: threats.length,
    bySeverity,
    residualBySeverity,
    byStride,
    aboveTolerance: threats.filter((threat) => threat.aboveTolerance).length,
    highestResidual: highest,
    inherentRiskScore: round1(inherent),
    residualRiskScore: round1(residual),
    mitigationsOpen: mitigations.length - implemented,
    mitigationsImplemented: implemented,
    coverage:
      targetCount === 0 ? 0 : Math.round((covered / targetCount) * 1000) / 1000,
  };
}

function countBy<K extends string>(
  keys: readonly K[],
  threats: readonly Threat[],
  keysOf: (threat: Threat) => readonly K[],
): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<
    K,
    number
  >;
  for (const threat of threats) {
    for (const key of new Set(keysOf(threat))) counts[key] += 1;
  }
  return counts;
}
