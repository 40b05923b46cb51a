import type { Analysis, TargetRef, Threat } from '../analysis/types';
import type { Severity } from '../model/vocabulary';
import {
  compareText,
  count,
  listText,
  percent,
  round,
  scoreText,
  severityLabel,
} from './format';

export interface TopRisk {
  readonly threatId: string;
  readonly title: string;
  readonly target: TargetRef;
  readonly severity: Severity;
  readonly score: number;
}

/** One catalog mitigation summed over every target it is open on. */
export interface RiskReducer {
  readonly mitigationId: string;
  readonly title: string;
  readonly targets: number;
  readonly riskReduction: number;
}

export interface ExecutiveSummary {
  /** Plain sentences, computed from the numbers; no markup. */
  readonly sentences: readonly string[];
  readonly topRisks: readonly TopRisk[];
  readonly topReducers: readonly RiskReducer[];
}

/** The highest residual risk first; ties by inherent risk, then id. */
export function orderThreats(threats: readonly Threat[]): Threat[] {
  return [...threats].sort(
    (a, b) =>
      b.residual.score - a.residual.score ||
      b.inherent.score - a.inherent.score ||
      compareText(a.id, b.id),
  );
}

export function summarize(analysis: Analysis): ExecutiveSummary {
  const topRisks = orderThreats(analysis.threats)
    .slice(0, 3)
    .map((threat) => ({
      threatId: threat.id,
      title: threat.title,
      target: threat.target,
      severity: threat.residual.severity,
      score: threat.residual.score,
    }));
  const topReducers = findReducers(analysis).slice(0, 3);

  return {
    sentences: writeSentences(analysis, topRisks, topReducers),
    topRisks,
    topReducers,
  };
}

function writeSentences(
  analysis: Analysis,
  topRisks: readonly TopRisk[],
  reducers: readonly RiskReducer[],
): string[] {
  const { summary } = analysis;
  const targets = new Set(analysis.threats.map((t) => t.target.id)).size;
  if (summary.threatCount === 0) {
    return [`The analysis of ${analysis.system} found no threats.`];
  }

  const sentences = [
    `The analysis of ${analysis.system} found ` +
      `${count(summary.threatCount, 'threat')} against ` +
      `${count(targets, 'element or flow', 'elements and flows')} ` +
      `(${percent(summary.coverage)} of the model).`,
    toleranceSentence(summary.aboveTolerance, analysis.riskTolerance),
    `The highest residual severity is ${severityLabel(summary.highestResidual)}` +
      `, held by ${count(summary.residualBySeverity[summary.highestResidual], 'threat')}.`,
    `${topRisks.length === 1 ? 'The top risk is' : 'The top risks are'} ` +
      `${listText(topRisks.map(describeRisk))}.`,
  ];

  if (summary.inherentRiskScore > summary.residualRiskScore) {
    sentences.push(
      `Existing controls and implemented mitigations lower the total risk ` +
        `score from ${scoreText(summary.inherentRiskScore)} to ` +
        `${scoreText(summary.residualRiskScore)}.`,
    );
  }
  if (reducers.length > 0) {
    sentences.push(
      (reducers.length === 1
        ? 'The biggest risk reducer still open is '
        : 'The biggest risk reducers still open are ') +
        `${listText(reducers.map(describeReducer))}.`,
    );
  }
  const { mitigationsOpen: open, mitigationsImplemented: done } = summary;
  sentences.push(
    `Of ${count(open + done, 'mitigation')}, ${done} ${isAre(done)} ` +
      `implemented and ${open} ${isAre(open)} open.`,
  );

  return sentences;
}

function isAre(n: number): 'is' | 'are' {
  return n === 1 ? 'is' : 'are';
}

function toleranceSentence(above: number, tolerance: Severity): string {
  const limit = `the risk tolerance of ${severityLabel(tolerance)}`;
  if (above === 0)
    return `No threat is above ${limit} after existing controls.`;

  return `${count(above, 'threat')} ${isAre(above)} above ${limit} after existing controls.`;
}

function describeRisk(risk: TopRisk): string {
  return (
    `${risk.title} on ${risk.target.name} ` +
    `(${severityLabel(risk.severity)}, ${scoreText(risk.score)})`
  );
}

function describeReducer(reducer: RiskReducer): string {
  return (
    `${reducer.title} on ${count(reducer.targets, 'target')} ` +
    `(removes ${scoreText(reducer.riskReduction)} points of risk)`
  );
}

/** Open mitigations grouped by kind, the most risk removed first. */
function findReducers(analysis: Analysis): RiskReducer[] {
  const groups = new Map<string, RiskReducer>();
  for (const item of analysis.mitigations) {
    if (item.status !== 'open') continue;
    const seen = groups.get(item.mitigationId);
    groups.set(item.mitigationId, {
      mitigationId: item.mitigationId,
      title: item.title,
      targets: (seen?.targets ?? 0) + 1,
      riskReduction: (seen?.riskReduction ?? 0) + item.riskReduction,
    });
  }

  return [...groups.values()]
    .map((reducer) => ({
      ...reducer,
      riskReduction: round(reducer.riskReduction, 1),
    }))
    .filter((reducer) => reducer.riskReduction > 0)
    .sort(
      (a, b) =>
        b.riskReduction - a.riskReduction ||
        compareText(a.mitigationId, b.mitigationId),
    );
}
