import type { RiskReport } from '../../../src/app/contract';
import { toReportJson } from '../../../src/report/json';
import { IssueLink } from '../../shared/components/IssueLink';
import { Lozenge } from '../../shared/components/Lozenge';
import { DiagramOnDemand } from '../../shared/diagram/DiagramOnDemand';
import { HeatMap } from '../../shared/report/HeatMap';
import {
  ExecutiveSummary,
  ResidualRisk,
  StrideCounts,
} from '../../shared/report/Overview';
import { Roadmap } from '../../shared/report/Roadmap';
import { ThreatInventory } from '../../shared/report/ThreatInventory';

export type EpicEntry = RiskReport['epics'][number];

/** The full risk report of one epic. */
export function EpicReport(props: { readonly entry: EpicEntry }) {
  const { epic, model, analysis, stale } = props.entry;
  return (
    <article className="tm-stack">
      <header>
        <h2>
          Threat model: <IssueLink issueKey={epic.key} /> {epic.summary}
        </h2>
        {stale ? (
          <Lozenge appearance="moved">Model changed since analysis</Lozenge>
        ) : null}
      </header>
      {analysis === null || model === null ? (
        <p className="tm-subtle">This epic has not been analysed yet.</p>
      ) : (
        <Analysed entry={props.entry} />
      )}
      {model === null ? null : (
        <section>
          <h3>Data-flow diagram</h3>
          <DiagramOnDemand
            model={model}
            label={`Data-flow diagram of ${model.system.name}`}
          />
        </section>
      )}
    </article>
  );
}

function Analysed(props: { readonly entry: EpicEntry }) {
  const { model, analysis, tickets } = props.entry;
  if (analysis === null || model === null) return null;

  const report = toReportJson(analysis, model);
  return (
    <>
      <section className="tm-card">
        <ExecutiveSummary sentences={report.summary.sentences} />
      </section>
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
      <section>
        <h3>Threat inventory</h3>
        <ThreatInventory analysis={analysis} tickets={tickets} />
      </section>
      <section>
        <h3>Mitigation roadmap</h3>
        <Roadmap entries={report.roadmap} tickets={tickets} />
      </section>
    </>
  );
}
