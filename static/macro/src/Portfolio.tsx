import type { RiskReport } from '../../../src/app/contract';
import type { Severity } from '../../../src/model/vocabulary';
import { severityRank } from '../../../src/model/vocabulary';
import { IssueLink } from '../../shared/components/IssueLink';
import { Lozenge, SeverityLozenge } from '../../shared/components/Lozenge';
import { Message } from '../../shared/components/Message';
import { plural, scoreText } from '../../shared/format';
import { ThreatInventory } from '../../shared/report/ThreatInventory';
import type { EpicEntry } from './EpicReport';

interface Totals {
  readonly threats: number;
  readonly aboveTolerance: number;
  readonly open: number;
  readonly done: number;
  readonly residual: number;
  readonly highest: Severity;
}

function totalsOf(epics: readonly EpicEntry[]): Totals {
  let totals: Totals = {
    threats: 0,
    aboveTolerance: 0,
    open: 0,
    done: 0,
    residual: 0,
    highest: 'note',
  };
  for (const { analysis } of epics) {
    if (analysis === null) continue;
    const s = analysis.summary;
    totals = {
      threats: totals.threats + s.threatCount,
      aboveTolerance: totals.aboveTolerance + s.aboveTolerance,
      open: totals.open + s.mitigationsOpen,
      done: totals.done + s.mitigationsImplemented,
      residual: totals.residual + s.residualRiskScore,
      highest:
        severityRank(s.highestResidual) > severityRank(totals.highest)
          ? s.highestResidual
          : totals.highest,
    };
  }
  return totals;
}

/** Several epics: one summary row each, totals, then a table per epic. */
export function Portfolio(props: { readonly report: RiskReport }) {
  const { epics, truncated } = props.report;
  const totals = totalsOf(epics);
  return (
    <article className="tm-stack">
      <h2>Threat model portfolio: {plural(epics.length, 'epic')}</h2>
      {truncated ? (
        <Message appearance="information">
          <p>Only the epics you may see are counted.</p>
        </Message>
      ) : null}
      <div className="tm-table-wrap">
        <table className="tm-table">
          <caption>Residual risk by epic</caption>
          <thead>
            <tr>
              <th scope="col">Epic</th>
              <th scope="col">Highest residual</th>
              <th scope="col" className="tm-num">
                Threats
              </th>
              <th scope="col" className="tm-num">
                Above tolerance
              </th>
              <th scope="col" className="tm-num">
                Mitigations done
              </th>
              <th scope="col" className="tm-num">
                Open
              </th>
              <th scope="col" className="tm-num">
                Residual score
              </th>
            </tr>
          </thead>
          <tbody>
            {epics.map((entry) => (
              <EpicRow key={entry.epic.key} entry={entry} />
            ))}
          </tbody>
          <tfoot>
            <tr className="tm-totals">
              <th scope="row">Total</th>
              <td>
                <SeverityLozenge severity={totals.highest} />
              </td>
              <td className="tm-num">{totals.threats}</td>
              <td className="tm-num">{totals.aboveTolerance}</td>
              <td className="tm-num">{totals.done}</td>
              <td className="tm-num">{totals.open}</td>
              <td className="tm-num">{scoreText(totals.residual)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      {epics.map((entry) => (
        <section key={entry.epic.key} className="tm-epic-section">
          <h3>
            <IssueLink issueKey={entry.epic.key} /> {entry.epic.summary}
          </h3>
          {entry.analysis === null ? (
            <p className="tm-subtle">Not analysed yet.</p>
          ) : (
            <ThreatInventory
              analysis={entry.analysis}
              tickets={entry.tickets}
              filterable={false}
              pageSize={10}
            />
          )}
        </section>
      ))}
    </article>
  );
}

function EpicRow(props: { readonly entry: EpicEntry }) {
  const { epic, analysis, stale } = props.entry;
  const s = analysis?.summary;
  return (
    <tr>
      <th scope="row">
        <IssueLink issueKey={epic.key} /> {epic.summary}{' '}
        {stale ? <Lozenge appearance="moved">Stale</Lozenge> : null}
      </th>
      <td>
        {s === undefined ? (
          <span className="tm-small">Not analysed</span>
        ) : (
          <SeverityLozenge severity={s.highestResidual} />
        )}
      </td>
      <td className="tm-num">{s?.threatCount ?? '–'}</td>
      <td className="tm-num">{s?.aboveTolerance ?? '–'}</td>
      <td className="tm-num">{s?.mitigationsImplemented ?? '–'}</td>
      <td className="tm-num">{s?.mitigationsOpen ?? '–'}</td>
      <td className="tm-num">
        {s === undefined ? '–' : scoreText(s.residualRiskScore)}
      </td>
    </tr>
  );
}
