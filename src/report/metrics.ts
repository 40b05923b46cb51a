import type { Analysis } from '../analysis/types';
import type { ThreatModel } from '../model/schema';
import { round } from './format';

/** The numbers a team tracks from one revision to the next. */
export interface ReportMetrics {
  readonly elements: number;
  readonly flows: number;
  /** Share of elements and flows with at least one threat, 0 to 1. */
  readonly threatCoverage: number;
  readonly entryPoints: number;
  readonly boundaryCrossings: number;
  readonly unencryptedCrossings: number;
  readonly internetFacing: number;
  readonly privileged: number;
  readonly threatsAboveTolerance: number;
  /** Threats with at least one implemented mitigation. */
  readonly threatsWithImplementedMitigation: number;
  readonly mitigationsOpen: number;
  readonly mitigationsImplemented: number;
  /** Implemented share of all mitigations, 0 to 1. */
  readonly mitigationProgress: number;
  /** Share of the inherent risk score that controls remove, 0 to 1. */
  readonly riskReduced: number;
}

export function metricsOf(
  analysis: Analysis,
  model: ThreatModel,
): ReportMetrics {
  const { summary, facts } = analysis;
  const implemented = new Set(
    analysis.mitigations
      .filter((item) => item.status === 'implemented')
      .map((item) => item.key),
  );
  const mitigations = summary.mitigationsOpen + summary.mitigationsImplemented;

  return {
    elements: model.elements.length,
    flows: model.flows.length,
    threatCoverage: round(summary.coverage, 3),
    entryPoints: facts.entryPoints.length,
    boundaryCrossings: facts.boundaryCrossings.length,
    unencryptedCrossings: facts.unencryptedCrossings.length,
    internetFacing: facts.internetFacing.length,
    privileged: facts.privileged.length,
    threatsAboveTolerance: summary.aboveTolerance,
    threatsWithImplementedMitigation: analysis.threats.filter((threat) =>
      threat.mitigations.some((key) => implemented.has(key)),
    ).length,
    mitigationsOpen: summary.mitigationsOpen,
    mitigationsImplemented: summary.mitigationsImplemented,
    mitigationProgress: share(summary.mitigationsImplemented, mitigations),
    riskReduced: share(
      summary.inherentRiskScore - summary.residualRiskScore,
      summary.inherentRiskScore,
    ),
  };
}

function share(part: number, whole: number): number {
  return whole > 0 ? round(part / whole, 3) : 0;
}
