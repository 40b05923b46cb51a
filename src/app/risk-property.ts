import type { JiraClient } from '../atlassian/jira-client';
import type { Summary } from '../analysis/types';

/**
 * The epic's risk as an issue property, indexed by the manifest's
 * `jira:entityProperty` module so JQL can find risky epics, e.g.
 * `threatRiskOpenCritical > 0` or `threatRiskStale = "yes"`.
 */
export const RISK_PROPERTY = 'threat-model-risk';

export interface RiskPropertyValue {
  readonly residualScore: number;
  /** Threats whose residual severity is still critical. */
  readonly openCritical: number;
  readonly openHigh: number;
  readonly aboveTolerance: number;
  /** `yes` when the model changed after this analysis. */
  readonly stale: 'yes' | 'no';
  /** The model revision the analysis read. */
  readonly analyzedRevision: number;
}

export function riskPropertyOf(
  summary: Summary,
  analyzedRevision: number,
  stale: boolean,
): RiskPropertyValue {
  return {
    residualScore: Math.round(summary.residualRiskScore * 10) / 10,
    openCritical: summary.residualBySeverity.critical,
    openHigh: summary.residualBySeverity.high,
    aboveTolerance: summary.aboveTolerance,
    stale: stale ? 'yes' : 'no',
    analyzedRevision,
  };
}

export async function writeRiskProperty(
  jira: JiraClient,
  epicKey: string,
  value: RiskPropertyValue,
): Promise<void> {
  await jira.setIssueProperty(epicKey, RISK_PROPERTY, value);
}
