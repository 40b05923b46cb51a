import type {
  Analysis,
  MitigationItem,
  MitigationStatus,
  TargetRef,
} from '../analysis/types';
import type { ControlType } from '../model/vocabulary';
import { compareText, round } from './format';

export interface RoadmapEntry {
  /** 1 for the first thing to do. */
  readonly rank: number;
  readonly key: string;
  readonly mitigationId: string;
  readonly title: string;
  readonly controlType: ControlType;
  readonly effort: number;
  readonly asvs: readonly string[];
  readonly status: MitigationStatus;
  readonly target: TargetRef;
  readonly threats: readonly string[];
  readonly riskReduction: number;
  /** Worth a ticket now (see MitigationItem.recommended). */
  readonly recommended: boolean;
  /** Risk removed per point of effort, two decimals: the sort key. */
  readonly reductionPerEffort: number;
}

/** What to watch, from the detective mitigations, one entry per kind. */
export interface MonitoringAdvice {
  readonly mitigationId: string;
  readonly title: string;
  readonly description: string;
  readonly status: MitigationStatus | 'partly implemented';
  readonly targets: readonly TargetRef[];
  readonly threats: readonly string[];
}

/**
 * Open mitigations first, the most risk removed per effort leading; then
 * the implemented ones in the same order, as a record of what is done.
 * Ties go to the larger reduction, then the key, so the order is stable.
 */
export function buildRoadmap(analysis: Analysis): RoadmapEntry[] {
  const ordered = [...analysis.mitigations].sort(
    (a, b) =>
      statusRank(a.status) - statusRank(b.status) ||
      perEffort(b) - perEffort(a) ||
      b.riskReduction - a.riskReduction ||
      compareText(a.key, b.key),
  );

  return ordered.map((item, index) => ({
    rank: index + 1,
    key: item.key,
    mitigationId: item.mitigationId,
    title: item.title,
    controlType: item.controlType,
    effort: item.effort,
    asvs: item.asvs,
    status: item.status,
    target: item.target,
    threats: item.threats,
    riskReduction: round(item.riskReduction, 1),
    // An analysis stored before items had the flag lacks it.
    recommended: (item as Partial<MitigationItem>).recommended === true,
    reductionPerEffort: round(perEffort(item), 2),
  }));
}

export function buildMonitoring(analysis: Analysis): MonitoringAdvice[] {
  const byMitigation = new Map<string, MitigationItem[]>();
  for (const item of analysis.mitigations) {
    if (item.controlType !== 'detective') continue;
    const group = byMitigation.get(item.mitigationId) ?? [];
    group.push(item);
    byMitigation.set(item.mitigationId, group);
  }

  const advice = [...byMitigation.values()].map((items) => {
    const first = items[0] as MitigationItem;
    const done = items.filter((item) => item.status === 'implemented');
    return {
      mitigationId: first.mitigationId,
      title: first.title,
      description: first.description,
      status: groupStatus(done.length, items.length),
      targets: items.map((item) => item.target),
      threats: unique(items.flatMap((item) => item.threats)),
    };
  });

  return advice.sort(
    (a, b) =>
      b.threats.length - a.threats.length ||
      compareText(a.mitigationId, b.mitigationId),
  );
}

function groupStatus(done: number, all: number): MonitoringAdvice['status'] {
  if (done === 0) return 'open';
  return done === all ? 'implemented' : 'partly implemented';
}

function statusRank(status: MitigationStatus): number {
  switch (status) {
    case 'open':
      return 0;
    case 'implemented':
      return 1;
  }
}

function perEffort(item: MitigationItem): number {
  return item.riskReduction / Math.max(item.effort, 1);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
