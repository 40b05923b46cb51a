import { compareText } from './order';
import type { MitigationItem, Threat } from './types';

/** An open item answering this many threats above tolerance is a broad win. */
export const BROAD_WIN_THREATS = 3;

/**
 * Marks the mitigation items worth a ticket now (see
 * MitigationItem.recommended), returning the items in the same order. An
 * item whose flag is already right is returned as it is, so only the
 * items whose flag changes are copied.
 */
export function recommend(
  threats: readonly Threat[],
  items: readonly MitigationItem[],
): MitigationItem[] {
  const chosen = recommendedFlags(threats, items);

  return items.map((item, index) => {
    const recommended = chosen[index] === 1;
    return item.recommended === recommended ? item : { ...item, recommended };
  });
}

/**
 * One flag per item, 1 when recommended. Only open items are chosen.
 *
 * First the broad wins: an item that alone answers BROAD_WIN_THREATS or
 * more threats above tolerance. Then a greedy pass over the threats above
 * tolerance, highest residual score first, then by id: a threat none of
 * whose items is chosen yet gets its best item (most risk reduction per
 * unit of effort, then the lower effort, then the key). Each mitigation
 * key is looked up once, so the work grows with the number of keys.
 */
export function recommendedFlags(
  threats: readonly Threat[],
  items: readonly MitigationItem[],
): Uint8Array {
  const table = openItemsByThreat(aboveToleranceInOrder(threats), items);
  const chosen = new Uint8Array(items.length);

  // Broad wins go first: one ticket closing several risks beats one each.
  const answered = new Uint32Array(items.length);
  for (const index of table.items) answered[index] = (answered[index] ?? 0) + 1;
  answered.forEach((count, index) => {
    if (count >= BROAD_WIN_THREATS) chosen[index] = 1;
  });

  for (let threat = 0; threat + 1 < table.starts.length; threat += 1) {
    const best = bestUnlessCovered(table, threat, items, chosen);
    if (best !== undefined) chosen[best] = 1;
  }
  return chosen;
}

/**
 * The open items of each threat above tolerance, flat: the items of the
 * n-th threat are `items[starts[n]]` up to, not including,
 * `items[starts[n + 1]]`.
 */
interface ItemTable {
  readonly starts: Uint32Array;
  readonly items: Uint32Array;
}

function openItemsByThreat(
  above: readonly Threat[],
  items: readonly MitigationItem[],
): ItemTable {
  // TODO: take the threat-to-item links from planMitigations, which walks
  // them already, once it can hand them over: hashing every fresh key here
  // is most of this pass (about 0.4 s of CPU at 10,000 elements).
  // Backwards, so a key listed twice keeps its first item.
  const indexOf = new Map<string, number>();
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index] as MitigationItem;
    if (item.status === 'open') indexOf.set(item.key, index);
  }

  const starts = new Uint32Array(above.length + 1);
  const found: number[] = [];
  above.forEach((threat, position) => {
    for (const key of threat.mitigations) {
      const index = indexOf.get(key);
      if (index !== undefined) found.push(index);
    }
    starts[position + 1] = found.length;
  });
  return { starts, items: Uint32Array.from(found) };
}

/**
 * The index of the threat's best open item, or undefined when one of its
 * items is chosen already or it has none.
 */
function bestUnlessCovered(
  table: ItemTable,
  threat: number,
  items: readonly MitigationItem[],
  chosen: Uint8Array,
): number | undefined {
  const end = table.starts[threat + 1] ?? 0;
  let best: number | undefined;

  for (let at = table.starts[threat] ?? 0; at < end; at += 1) {
    const index = table.items[at] ?? 0;
    if (chosen[index] === 1) return undefined;

    const item = items[index] as MitigationItem;
    if (best === undefined || isBetter(item, items[best] as MitigationItem)) {
      best = index;
    }
  }
  return best;
}

/**
 * More risk reduction per unit of effort, then less effort, then the key.
 * Reductions carry one decimal: compared in tenths, cross-multiplied by
 * the efforts, the ratios compare exactly, so ties are real ties.
 */
function isBetter(a: MitigationItem, b: MitigationItem): boolean {
  const ratio =
    Math.round(a.riskReduction * 10) * b.effort -
    Math.round(b.riskReduction * 10) * a.effort;
  if (ratio !== 0) return ratio > 0;
  if (a.effort !== b.effort) return a.effort < b.effort;
  return compareText(a.key, b.key) < 0;
}

/**
 * The threats above tolerance, highest residual score first, then by id.
 * An analysis lists its threats in that order already: they are sorted
 * only when they are not.
 */
function aboveToleranceInOrder(threats: readonly Threat[]): Threat[] {
  const above = threats.filter((threat) => threat.aboveTolerance);

  for (let index = 1; index < above.length; index += 1) {
    const previous = above[index - 1] as Threat;
    if (compareThreats(previous, above[index] as Threat) > 0) {
      return above.sort(compareThreats);
    }
  }
  return above;
}

function compareThreats(a: Threat, b: Threat): number {
  const byScore = b.residual.score - a.residual.score;
  return byScore !== 0 ? byScore : compareText(a.id, b.id);
}
