import { useId, useState } from 'react';
import type { Analysis } from '../../../src/analysis/types';
import { LEVELS } from '../../../src/model/vocabulary';
import {
  riskMatrix,
  type RiskBasis,
  type RiskMatrixCell,
} from '../../../src/report/matrix';
import { levelText, plural, severityText } from '../format';

/**
 * Likelihood by impact, three by three, each cell coloured by the OWASP
 * severity it stands for. A toggle switches inherent and residual risk.
 */
export function HeatMap(props: {
  readonly analysis: Analysis;
  readonly initialBasis?: RiskBasis;
}) {
  const [basis, setBasis] = useState<RiskBasis>(
    props.initialBasis ?? 'residual',
  );
  const matrix = riskMatrix(props.analysis, basis);
  const titleId = useId();

  return (
    <div className="tm-heatmap">
      <div className="tm-spread">
        <h4 id={titleId}>Risk matrix</h4>
        <div className="tm-row" role="group" aria-label="Risk shown">
          {(['inherent', 'residual'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="tm-button tm-button--compact"
              aria-pressed={basis === option}
              onClick={() => {
                setBasis(option);
              }}
            >
              {option === 'inherent' ? 'Inherent' : 'Residual'}
            </button>
          ))}
        </div>
      </div>
      <table className="tm-heatmap__grid" aria-labelledby={titleId}>
        <caption className="tm-visually-hidden">
          {basis === 'inherent' ? 'Inherent' : 'Residual'} risk: threats by
          likelihood and impact
        </caption>
        <thead>
          <tr>
            <td />
            {LEVELS.map((impact) => (
              <th key={impact} scope="col">
                {levelText(impact)} impact
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row, index) => (
            <tr key={row[0]?.likelihood ?? index}>
              <th scope="row">
                {levelText(row[0]?.likelihood ?? 'low')} likelihood
              </th>
              {row.map((cell) => (
                <td
                  key={cell.impact}
                  className={cellClass(cell)}
                  aria-label={cellLabel(cell)}
                >
                  <span className="tm-heat__count">{cell.count}</span>
                  <span className="tm-heat__severity">
                    {severityText(cell.severity)}
                  </span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function cellClass(cell: RiskMatrixCell): string {
  const empty = cell.count === 0 ? ' tm-heat--empty' : '';
  return `tm-heat tm-heat--${cell.severity}${empty}`;
}

function cellLabel(cell: RiskMatrixCell): string {
  const where = `${levelText(cell.likelihood)} likelihood, ${levelText(cell.impact)} impact`;
  return `${where}: ${plural(cell.count, 'threat')}, ${severityText(cell.severity)}`;
}
