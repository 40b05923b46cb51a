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
 * A single 1-10 number for sorting and trends: it grows with likelihood ×
 * impact (both 0-9) and is rounded to one decimal.
 */
export function riskScore(likelihood: number, impact: number): number {
  const clamp = (value: number): number => Math.min(9, Math.max(0, value));
  return round1(1 + (9 * clamp(likelihood) * clamp(impact)) / 81);
}
