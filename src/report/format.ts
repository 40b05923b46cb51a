import { STRIDE_NAMES, type Severity, type Stride } from '../model/vocabulary';

/** Small wording and number helpers shared by the report builders. */

export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Code-point order: the same on every machine, whatever its locale. */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

export function severityLabel(severity: Severity): string {
  return severity.charAt(0).toUpperCase() + severity.slice(1);
}

export function strideLabel(stride: readonly Stride[]): string {
  return stride.map((letter) => STRIDE_NAMES[letter]).join(', ');
}

/** `1 threat`, `3 threats`; irregular plurals pass their own. */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** `A`, `A and B`, `A, B and C`. */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A score with one decimal, as people read it: `7.0`, `10.0`. */
export function scoreText(score: number): string {
  return score.toFixed(1);
}
