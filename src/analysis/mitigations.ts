import type { Mitigation } from '../catalog/schema';
import type { Control } from '../model/schema';
import type { AssessContext } from './assess';
import { compareText, compositeKey, rankKeyParts, sortByKeys } from './order';
import { NumberPile, Pile } from './pile';
import { round1 } from './severity';
import type { AnalysisTarget } from './targets';
import type { MitigationItem } from './types';

/** An item while its threats are gathered. */
type Draft = { -readonly [K in keyof MitigationItem]: MitigationItem[K] } & {
  threats: string[];
};

/** A mitigation on the current target: its key, item and last threat. */
interface Slot {
  id: string;
  key: string;
  /** The catalog mitigation, undefined when the catalog lacks it. */
  mitigation: Mitigation | undefined;
  item: Draft | undefined;
  /** The item's threats so far, copied to an exact-size list at the end. */
  readonly threats: string[];
  rank: number;
}

export interface MitigationPlanner {
  /** Starts the items of a target; its threats all come before the next. */
  readonly startTarget: (target: AnalysisTarget) => void;
  /** The item keys of these mitigations on the current target, one string each. */
  readonly keysOf: (mitigationIds: readonly string[]) => string[];
  /**
   * Adds a threat of the current target to the items of its mitigations,
   * each with the score it would remove from the threat; `rank` is the
   * threat's rule's place by id, which orders one target's threats.
   */
  readonly add: (
    threatId: string,
    rank: number,
    mitigationIds: readonly string[],
    reductions: readonly number[],
  ) => void;
  /** Every item, sorted (see sortItems). */
  readonly finish: () => MitigationItem[];
}

/**
 * One item per catalog mitigation and target, however many threats there
 * share it, built while the threats of each target are found. It is
 * implemented when its key is marked done or a model control covering the
 * target implements it. Its risk reduction is the sum over its threats of
 * what it would remove from each (see marginalReductions in outcomes.ts).
 * Its threats are listed by id.
 */
export function mitigationPlanner(context: AssessContext): MitigationPlanner {
  const listsOf = sharedLists();
  const items = new Pile<Draft>();
  const itemTargets = new NumberPile();
  const mitigationRanks = rankKeyParts(context.mitigations.keys());
  const unsorted = new Set<Draft>();
  let target: AnalysisTarget | undefined;
  // The slots of the current target; reused from target to target, so
  // gathering threats leaves no garbage behind but the final lists.
  const slots: Slot[] = [];
  let used = 0;

  // What controls covering the current target implement, by mitigation
  // id; most targets share one list of controls, so one set per list.
  const implementedSets = new Map<readonly Control[], ReadonlySet<string>>();
  const implementedBy = (controls: readonly Control[]): ReadonlySet<string> => {
    let set = implementedSets.get(controls);
    if (set === undefined) {
      set = new Set(controls.flatMap((control) => control.mitigations));
      implementedSets.set(controls, set);
    }
    return set;
  };
  let byControls: ReadonlySet<string> = new Set();

  const slot = (id: string): Slot => {
    for (let index = 0; index < used; index += 1) {
      const entry = slots[index] as Slot;
      if (entry.id === id) return entry;
    }
    const key = compositeKey(id, target?.ref.id ?? '');
    const mitigation = context.mitigations.get(id);
    let entry = slots[used];
    if (entry === undefined) {
      entry = { id, key, mitigation, item: undefined, threats: [], rank: -1 };
      slots.push(entry);
    } else {
      entry.id = id;
      entry.key = key;
      entry.mitigation = mitigation;
      entry.item = undefined;
      entry.rank = -1;
    }
    used += 1;
    return entry;
  };

  /** Gives the current target's items their threats, exactly sized. */
  const close = (): void => {
    for (let index = 0; index < used; index += 1) {
      const entry = slots[index] as Slot;
      if (entry.item !== undefined) entry.item.threats = entry.threats.slice();
      entry.threats.length = 0;
    }
    used = 0;
  };

  return {
    startTarget: (next) => {
      close();
      target = next;
      byControls = implementedBy(context.controlsOn(next.ref.id));
    },
    keysOf: (ids) => ids.map((id) => slot(id).key),
    add: (threatId, rank, ids, reductions) => {
      for (let index = 0; index < ids.length; index += 1) {
        const entry = slot(ids[index] ?? '');
        const { mitigation } = entry;
        if (mitigation === undefined || target === undefined) continue;

        let item = entry.item;
        if (item === undefined) {
          const implemented =
            context.implemented.has(entry.key) || byControls.has(mitigation.id);
          item = newItem(mitigation, entry.key, target, implemented, listsOf);
          entry.item = item;
          items.push(item);
          itemTargets.push(target.rank);
        }
        if (rank < entry.rank) unsorted.add(item);
        entry.rank = rank;
        entry.threats.push(threatId);
        item.riskReduction += reductions[index] ?? 0;
      }
    },
    finish: () => {
      close();
      for (const item of unsorted) item.threats.sort(compareText);
      for (let index = 0; index < items.length; index += 1) {
        const item = items.at(index);
        item.riskReduction = round1(item.riskReduction);
      }
      return sortItems(items, itemTargets, mitigationRanks);
    },
  };
}

/** A shared empty list, for items until their threats are gathered. */
const NONE: string[] = [];

function newItem(
  mitigation: Mitigation,
  key: string,
  target: AnalysisTarget,
  implemented: boolean,
  listsOf: ReturnType<typeof sharedLists>,
): Draft {
  const lists = listsOf(mitigation);

  return {
    key,
    mitigationId: mitigation.id,
    title: mitigation.title,
    description: mitigation.description,
    controlType: mitigation.controlType,
    effort: mitigation.effort,
    asvs: lists.asvs,
    acceptanceCriteria: lists.acceptanceCriteria,
    target: target.ref,
    threats: NONE,
    status: implemented ? 'implemented' : 'open',
    riskReduction: 0,
    recommended: false,
  };
}

/** Each mitigation's lists, copied once and shared by its items. */
function sharedLists(): (
  mitigation: Mitigation,
) => Pick<MitigationItem, 'asvs' | 'acceptanceCriteria'> {
  const known = new Map<
    Mitigation,
    Pick<MitigationItem, 'asvs' | 'acceptanceCriteria'>
  >();
  return (mitigation) => {
    let lists = known.get(mitigation);
    if (lists === undefined) {
      lists = {
        asvs: [...mitigation.asvs],
        acceptanceCriteria: [...mitigation.acceptanceCriteria],
      };
      known.set(mitigation, lists);
    }
    return lists;
  };
}

/**
 * Sorts by risk reduction per unit of effort, highest first, then by key
 * (mitigation id, then target id: see rankKeyParts). Reductions have one
 * decimal and efforts run 1 to 5, so tenths times 60 / effort order the
 * items exactly as the ratio does, in whole numbers that fold with the
 * two ranks into one number per item.
 */
function sortItems(
  items: Pile<Draft>,
  targetRanks: NumberPile,
  mitigationRanks: ReadonlyMap<string, number>,
): Draft[] {
  const ratioOf = (item: Draft): number =>
    Math.round(item.riskReduction * 10) * Math.round(60 / item.effort);
  let most = 0;
  let targets = 1;
  for (let index = 0; index < items.length; index += 1) {
    most = Math.max(most, ratioOf(items.at(index)));
    targets = Math.max(targets, targetRanks.at(index) + 1);
  }
  const mitigations = Math.max(1, mitigationRanks.size);

  return sortByKeys(
    items.length,
    (index) => {
      const item = items.at(index);
      const rank = mitigationRanks.get(item.mitigationId) ?? 0;
      const lower = most - ratioOf(item);
      return (lower * mitigations + rank) * targets + targetRanks.at(index);
    },
    (index) => items.at(index),
  );
}
