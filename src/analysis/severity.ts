import type { Level, Severity } from '../model/vocabulary';

/**
 * The OWASP Risk Rating scales: a 0-9 score has a level, and a likelihood
 * level and an impact level meet in the severity matrix.
 */

/** Rounds to one decimal, so every score prints the same everywhere. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** 0 to under 3 is low, 3 to under 6 medium, 6 to 9 high. */
export function riskLevel(score: number): Level {
  if (score < 3) return 'low';
  if (score < 6) return 'medium';
  return 'high';
}

const MATRIX: Readonly<Record<Level, Readonly<Record<Level, Severity>>>> = {
  high: { low: 'medium', medium: 'high', high: 'critical' },
  medium: { low: 'low', medium: 'medium', high: 'high' },
  low: { low: 'note', medium: 'low', high: 'medium' },
};

/** The OWASP severity matrix, read as impact row by likelihood column. */
export function severityOf(likelihood: Level, impact: Level): Severity {
  return MATRIX[impact][likelihood];
}

/**
 * A single 1-10 number for sorting and trends: one plus the geometric mean
 * of likelihood and impact (both 0-9), so it grows with their product, a
 * critical threat scores at least 7 and a medium one about 4; one decimal.
 */
export function riskScore(likelihood: number, impact: number): number {
  const clamp = (value: number): number => Math.min(9, Math.max(0, value));
  return round1(1 + Math.sqrt(clamp(likelihood) * clamp(impact)));
}

/**
 * A severity's place in SEVERITIES (note 0 .. critical 4), without
 * searching the list: for loops over every threat.
 */
export function severityPlace(severity: Severity): number {
  switch (severity) {
    case 'note':
      return 0;
    case 'low':
      return 1;
    case 'medium':
      return 2;
    case 'high':
      return 3;
    case 'critical':
      return 4;
  }
}
