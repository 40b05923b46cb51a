import { severityOf } from '../analysis/severity';
import type { Analysis, Risk } from '../analysis/types';
import { LEVELS, type Level, type Severity } from '../model/vocabulary';

/** Which rating of each threat a matrix counts. */
export type RiskBasis = 'inherent' | 'residual';

export interface RiskMatrixCell {
  readonly likelihood: Level;
  readonly impact: Level;
  /** The OWASP overall severity of this likelihood and impact. */
  readonly severity: Severity;
  readonly count: number;
  /** Threat ids in this cell, in the order the analysis lists them. */
  readonly threats: readonly string[];
}

/**
 * Likelihood by impact, three by three. Rows run from high likelihood down
 * to low and cells from low impact up to high, the way the matrix is drawn.
 */
export interface RiskMatrix {
  readonly basis: RiskBasis;
  readonly rows: readonly (readonly RiskMatrixCell[])[];
}

const HIGH_FIRST: readonly Level[] = [...LEVELS].reverse();

export function riskMatrix(analysis: Analysis, basis: RiskBasis): RiskMatrix {
  const cells = new Map<string, string[]>();
  for (const threat of analysis.threats) {
    const risk: Risk = threat[basis];
    const key = `${risk.likelihood.level}/${risk.impact.level}`;
    const ids = cells.get(key) ?? [];
    ids.push(threat.id);
    cells.set(key, ids);
  }

  const rows = HIGH_FIRST.map((likelihood) =>
    LEVELS.map((impact): RiskMatrixCell => {
      const threats = cells.get(`${likelihood}/${impact}`) ?? [];
      return {
        likelihood,
        impact,
        severity: severityOf(likelihood, impact),
        count: threats.length,
        threats,
      };
    }),
  );

  return { basis, rows };
}
