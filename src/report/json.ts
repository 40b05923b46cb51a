import type {
  Analysis,
  AttackPath,
  MitigationItem,
  MitigationStatus,
  SurfaceFacts,
  Summary,
  TargetRef,
  Threat,
} from '../analysis/types';
import type { SystemContext, ThreatModel } from '../model/schema';
import { round } from './format';
import { riskMatrix, type RiskMatrix } from './matrix';
import { metricsOf, type ReportMetrics } from './metrics';
import {
  buildMonitoring,
  buildRoadmap,
  type MonitoringAdvice,
  type RoadmapEntry,
} from './roadmap';
import { orderThreats, summarize, type ExecutiveSummary } from './summary';
import { withReadableTargets } from './targets';

/**
 * The risk report as one JSON document. Bump the version on any change a
 * reader could notice; add fields freely. It holds no clock reading unless
 * the caller passes `generatedAt`, so the same analysis gives the same bytes.
 */
export const REPORT_VERSION = 1;

export interface ReportJson {
  readonly reportVersion: typeof REPORT_VERSION;
  readonly analysisVersion: number;
  readonly generatedAt?: string;
  readonly system: SystemContext & { readonly packs: readonly string[] };
  readonly summary: Summary & ExecutiveSummary;
  readonly facts: SurfaceFacts;
  readonly threats: readonly ReportThreat[];
  readonly roadmap: readonly RoadmapEntry[];
  readonly monitoring: readonly MonitoringAdvice[];
  readonly attackPaths: readonly ReportAttackPath[];
  readonly riskMatrix: {
    readonly inherent: RiskMatrix;
    readonly residual: RiskMatrix;
  };
  readonly metrics: ReportMetrics;
}

export interface ReportThreat extends Pick<
  Threat,
  | 'id'
  | 'ruleId'
  | 'title'
  | 'description'
  | 'stride'
  | 'target'
  | 'actor'
  | 'attackVector'
  | 'inherent'
  | 'residual'
  | 'aboveTolerance'
  | 'references'
> {
  readonly mitigations: readonly {
    readonly key: string;
    readonly title: string;
    readonly status: MitigationStatus;
  }[];
}

/** An attack path with the names of its steps, for people to read. */
export interface ReportAttackPath extends Omit<AttackPath, 'steps'> {
  /** From the entry point to the element holding the asset. */
  readonly steps: readonly Omit<TargetRef, 'kind'>[];
}

export interface ReportOptions {
  /** An ISO timestamp to stamp the report with; omitted when absent. */
  readonly generatedAt?: string;
}

export function toReportJson(
  given: Analysis,
  model: ThreatModel,
  options: ReportOptions = {},
): ReportJson {
  const analysis = withReadableTargets(given, model);
  const names = new Map(model.elements.map((e) => [e.id, e.name]));
  const items = new Map(analysis.mitigations.map((m) => [m.key, m]));
  const executive = summarize(analysis);

  return {
    reportVersion: REPORT_VERSION,
    analysisVersion: analysis.analysisVersion,
    ...(options.generatedAt === undefined
      ? {}
      : { generatedAt: options.generatedAt }),
    system: { ...model.system, packs: analysis.packs },
    summary: { ...analysis.summary, ...executive },
    facts: analysis.facts,
    threats: orderThreats(analysis.threats).map((threat) =>
      toReportThreat(threat, items),
    ),
    roadmap: buildRoadmap(analysis),
    monitoring: buildMonitoring(analysis),
    attackPaths: analysis.attackPaths.map((path) => ({
      id: path.id,
      steps: path.steps.map((id) => ({ id, name: names.get(id) ?? id })),
      flows: path.flows,
      targetAsset: path.targetAsset,
      severity: path.severity,
      score: round(path.score, 1),
      threats: path.threats,
    })),
    riskMatrix: {
      inherent: riskMatrix(analysis, 'inherent'),
      residual: riskMatrix(analysis, 'residual'),
    },
    metrics: metricsOf(analysis, model),
  };
}

function toReportThreat(
  threat: Threat,
  items: ReadonlyMap<string, MitigationItem>,
): ReportThreat {
  return {
    id: threat.id,
    ruleId: threat.ruleId,
    title: threat.title,
    description: threat.description,
    stride: threat.stride,
    target: threat.target,
    actor: threat.actor,
    attackVector: threat.attackVector,
    inherent: threat.inherent,
    residual: threat.residual,
    aboveTolerance: threat.aboveTolerance,
    references: threat.references,
    mitigations: threat.mitigations.map((key) => {
      const item = items.get(key);
      return {
        key,
        title: item?.title ?? key,
        status: item?.status ?? 'open',
      };
    }),
  };
}
