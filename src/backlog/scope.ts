import { recommendedFlags } from '../analysis/recommend';
import type { Analysis, MitigationItem } from '../analysis/types';
import type { TicketScope } from '../app/contract';

/**
 * Whether each mitigation item of an analysis is recommended, by index.
 * An analysis stored before items carried the flag is recommended afresh
 * here, so re-syncing an old analysis does not create a ticket for every
 * open mitigation.
 */
export function recommendedOf(analysis: Analysis): (index: number) => boolean {
  const items = analysis.mitigations;
  const flagged = items.every(
    (item) =>
      typeof (item as Partial<MitigationItem>).recommended === 'boolean',
  );
  if (flagged) return (index) => items[index]?.recommended === true;

  const flags = recommendedFlags(analysis.threats, items);
  return (index) => flags[index] === 1;
}

/**
 * Whether an item without a ticket gets one: it must be open and, unless
 * the settings ask for every open mitigation, recommended.
 */
export function wantsTicket(
  analysis: Analysis,
  scope: TicketScope,
): (item: MitigationItem, index: number) => boolean {
  const recommended = recommendedOf(analysis);

  return (item, index) => {
    if (item.status !== 'open') return false;
    switch (scope) {
      case 'all':
        return true;
      case 'recommended':
        return recommended(index);
    }
  };
}

/** How many mitigations an analysis recommends, out of how many. */
export function recommendedCount(analysis: Analysis): {
  readonly recommended: number;
  readonly mitigations: number;
} {
  const recommended = recommendedOf(analysis);
  const total = analysis.mitigations.length;
  let count = 0;
  for (let index = 0; index < total; index += 1) {
    if (recommended(index)) count += 1;
  }
  return { recommended: count, mitigations: total };
}
