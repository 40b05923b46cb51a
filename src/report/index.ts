export { escapeMarkdown } from './escape';
export {
  REPORT_VERSION,
  toReportJson,
  type ReportAttackPath,
  type ReportJson,
  type ReportOptions,
  type ReportThreat,
} from './json';
export { renderMarkdown, renderReportMarkdown } from './markdown';
export {
  riskMatrix,
  type RiskBasis,
  type RiskMatrix,
  type RiskMatrixCell,
} from './matrix';
export type { ReportMetrics } from './metrics';
export type { MonitoringAdvice, RoadmapEntry } from './roadmap';
export type { ExecutiveSummary, RiskReducer, TopRisk } from './summary';
