import type { Analysis, Summary } from '../../../src/analysis/types';
import {
  STRIDE,
  STRIDE_NAMES,
  severityRank,
} from '../../../src/model/vocabulary';
import { SeverityLozenge } from '../components/Lozenge';
import { plural, scoreText } from '../format';

/** Threat counts per STRIDE category, as a small bar table. */
export function StrideCounts(props: { readonly summary: Summary }) {
  const { byStride } = props.summary;
  const most = Math.max(1, ...STRIDE.map((letter) => byStride[letter]));
  return (
    <table className="tm-table tm-stride">
      <caption>Threats by STRIDE category</caption>
      <tbody>
        {STRIDE.map((letter) => (
          <tr key={letter}>
            <th scope="row">{STRIDE_NAMES[letter]}</th>
            <td className="tm-num">{byStride[letter]}</td>
            <td className="tm-stride__bar-cell" aria-hidden="true">
              <meter
                className="tm-stride__bar"
                min={0}
                max={most}
                value={byStride[letter]}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The residual risk against the organisation's tolerance. */
export function ResidualRisk(props: { readonly analysis: Analysis }) {
  const { summary, riskTolerance } = props.analysis;
  const above =
    severityRank(summary.highestResidual) > severityRank(riskTolerance);
  return (
    <div className="tm-residual">
      <h4>Residual risk</h4>
      <dl className="tm-residual__stats">
        <div className="tm-stat">
          <dt className="tm-small">Highest residual</dt>
          <dd>
            <SeverityLozenge severity={summary.highestResidual} />
          </dd>
        </div>
        <div className="tm-stat">
          <dt className="tm-small">Tolerance</dt>
          <dd>
            <SeverityLozenge severity={riskTolerance} />
          </dd>
        </div>
        <div className="tm-stat">
          <dt className="tm-small">Residual risk score</dt>
          <dd className="tm-stat__value">
            {scoreText(summary.residualRiskScore)}
          </dd>
          <dd className="tm-small">
            from {scoreText(summary.inherentRiskScore)} inherent
          </dd>
        </div>
      </dl>
      <p className={above ? 'tm-text-danger' : 'tm-text-success'}>
        {above
          ? `${plural(summary.aboveTolerance, 'threat')} above tolerance.`
          : 'Every residual risk is within tolerance.'}
      </p>
      <p className="tm-small">
        Mitigations: {summary.mitigationsImplemented} done,{' '}
        {summary.mitigationsOpen} open.
      </p>
    </div>
  );
}

export function ExecutiveSummary(props: {
  readonly sentences: readonly string[];
}) {
  return (
    <div className="tm-summary">
      <h4>Executive summary</h4>
      {props.sentences.map((sentence, index) => (
        <p key={index}>{sentence}</p>
      ))}
    </div>
  );
}
