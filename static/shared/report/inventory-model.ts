import type { MitigationItem, Threat } from '../../../src/analysis/types';
import {
  severityRank,
  type Severity,
  type Stride,
} from '../../../src/model/vocabulary';

/** Filters and sorting of the threat inventory: pure, for the table. */

export type ThreatStatus = 'open' | 'partly' | 'mitigated';

export interface InventoryFilter {
  readonly stride: Stride | 'all';
  readonly severity: Severity | 'all';
  /** An element or flow id, or 'all'. */
  readonly target: string;
  readonly status: ThreatStatus | 'all';
}

export const NO_FILTER: InventoryFilter = {
  stride: 'all',
  severity: 'all',
  target: 'all',
  status: 'all',
};

export type SortKey = 'title' | 'target' | 'inherent' | 'residual';
export interface Sort {
  readonly key: SortKey;
  readonly descending: boolean;
}

export const DEFAULT_SORT: Sort = { key: 'residual', descending: true };

export function threatStatus(
  threat: Threat,
  items: ReadonlyMap<string, MitigationItem>,
): ThreatStatus {
  const statuses = threat.mitigations.map((key) => items.get(key)?.status);
  const done = statuses.filter((status) => status === 'implemented').length;
  if (done === 0) return 'open';
  return done === statuses.length ? 'mitigated' : 'partly';
}

export function statusText(status: ThreatStatus): string {
  switch (status) {
    case 'open':
      return 'Open';
    case 'partly':
      return 'Partly mitigated';
    case 'mitigated':
      return 'Mitigated';
  }
}

export function selectThreats(
  threats: readonly Threat[],
  items: ReadonlyMap<string, MitigationItem>,
  filter: InventoryFilter,
  sort: Sort,
): Threat[] {
  const kept = threats.filter(
    (threat) =>
      (filter.stride === 'all' || threat.stride.includes(filter.stride)) &&
      (filter.severity === 'all' ||
        threat.residual.severity === filter.severity) &&
      (filter.target === 'all' || threat.target.id === filter.target) &&
      (filter.status === 'all' ||
        threatStatus(threat, items) === filter.status),
  );

  const direction = sort.descending ? -1 : 1;
  return kept.sort(
    (a, b) =>
      direction * compareBy(sort.key, a, b) ||
      b.residual.score - a.residual.score ||
      compareText(a.id, b.id),
  );
}

function compareBy(key: SortKey, a: Threat, b: Threat): number {
  switch (key) {
    case 'title':
      return compareText(a.title, b.title);
    case 'target':
      return compareText(a.target.name, b.target.name);
    case 'inherent':
      return compareRisk(a.inherent, b.inherent);
    case 'residual':
      return compareRisk(a.residual, b.residual);
  }
}

function compareRisk(
  a: { severity: Severity; score: number },
  b: { severity: Severity; score: number },
): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) || a.score - b.score
  );
}

function compareText(a: string, b: string): number {
  return a.localeCompare(b, undefined, { sensitivity: 'base' });
}

/** The targets threats name, each once, by name. */
export function targetsOf(
  threats: readonly Threat[],
): { id: string; name: string }[] {
  const byId = new Map(threats.map((t) => [t.target.id, t.target.name]));
  return [...byId]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => compareText(a.name, b.name));
}
