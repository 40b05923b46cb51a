import type { EpicState } from '../../../src/app/contract';
import { toReportJson } from '../../../src/report/json';
import { EmptyState } from '../../shared/components/Status';
import { HeatMap } from '../../shared/report/HeatMap';
import {
  ExecutiveSummary,
  ResidualRisk,
  StrideCounts,
} from '../../shared/report/Overview';
import { ThreatInventory } from '../../shared/report/ThreatInventory';

/** The analysis: risk overview, executive summary, threat inventory. */
export function AnalysisTab(props: {
  readonly state: EpicState;
  readonly canAnalyze: boolean;
  readonly onAnalyze: () => void;
}) {
  const { analysis, model } = props.state;
  if (analysis === null || model === null) {
    return (
      <EmptyState title="No analysis yet">
        <p>
          Analyze the model to list its threats, rate their risk and plan
          mitigations.
        </p>
        <button
          type="button"
          className="tm-button tm-button--primary"
          disabled={!props.canAnalyze}
          onClick={props.onAnalyze}
        >
          Analyze
        </button>
      </EmptyState>
    );
  }

  const report = toReportJson(analysis, model);
  return (
    <div className="tm-stack">
      <div className="tm-overview">
        <section className="tm-card">
          <ResidualRisk analysis={analysis} />
        </section>
        <section className="tm-card">
          <HeatMap analysis={analysis} />
        </section>
        <section className="tm-card">
          <StrideCounts summary={analysis.summary} />
        </section>
      </div>
      <section className="tm-card">
        <ExecutiveSummary sentences={report.summary.sentences} />
      </section>
      <section>
        <h3>Threat inventory</h3>
        <ThreatInventory analysis={analysis} tickets={props.state.tickets} />
      </section>
    </div>
  );
}
