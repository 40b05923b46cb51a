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
 * to three decimals. A threat names each STRIDE category once, so it counts
 * once per category.
 */
export function summarize(
  threats: readonly Threat[],
  mitigations: readonly MitigationItem[],
  targetCount: number,
): Summary {
  const bySeverity = zeros(SEVERITIES);
  const residualBySeverity = zeros(SEVERITIES);
  const byStride = zeros(STRIDE);
  const covered = new Set<string>();
  let highest: Severity = 'note';
  let inherent = 0;
  let residual = 0;
  let aboveTolerance = 0;

  for (const threat of threats) {
    bySeverity[threat.inherent.severity] += 1;
    residualBySeverity[threat.residual.severity] += 1;
    for (const category of threat.stride) byStride[category] += 1;
    covered.add(threat.target.id);
    inherent += threat.inherent.score;
    residual += threat.residual.score;
    if (threat.aboveTolerance) aboveTolerance += 1;
    if (severityRank(threat.residual.severity) > severityRank(highest)) {
      highest = threat.residual.severity;
    }
  }

  const implemented = mitigations.filter(
    (m) => m.status === 'implemented',
  ).length;
  return {
    threatCount: threats.length,
    bySeverity,
    residualBySeverity,
    byStride,
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

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}
