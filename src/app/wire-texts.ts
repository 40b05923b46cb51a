import type { MitigationItem, Threat } from '../analysis/types';
import { sameList, sameLists } from './wire-table';

/** What every threat of one rule repeats in the full form. */
export type RuleText = Pick<
  Threat,
  'title' | 'description' | 'stride' | 'attackVector' | 'references'
>;

/** What every item of one catalog mitigation repeats in the full form. */
export type MitigationText = Pick<
  MitigationItem,
  | 'title'
  | 'description'
  | 'controlType'
  | 'effort'
  | 'asvs'
  | 'acceptanceCriteria'
>;

export type RuleEntry = { readonly ruleId: string } & RuleText;
export type MitigationEntry = {
  readonly mitigationId: string;
} & MitigationText;

/**
 * The texts of the rules and mitigations an analysis names, each once,
 * keyed by its id; threats and items name their entry by index. An id
 * appears twice only if two of its threats (or items) carry different
 * texts, so the form stays lossless whatever the analysis puts in them.
 */
export interface WireTexts {
  readonly rules: readonly RuleEntry[];
  readonly mitigations: readonly MitigationEntry[];
}

/** Gathers texts, for one analysis or for every analysis of a report. */
export class TextShelf {
  private readonly rules = new Shelf<Threat, RuleEntry>(
    (threat) => threat.ruleId,
    ruleFits,
    ruleEntryOf,
  );
  private readonly mitigations = new Shelf<MitigationItem, MitigationEntry>(
    (item) => item.mitigationId,
    mitigationFits,
    mitigationEntryOf,
  );

  ruleOf(threat: Threat): number {
    return this.rules.indexOf(threat);
  }

  mitigationOf(item: MitigationItem): number {
    return this.mitigations.indexOf(item);
  }

  toWire(): WireTexts {
    return {
      rules: this.rules.entries,
      mitigations: this.mitigations.entries,
    };
  }

  /** What it holds now, to take back what a later analysis added. */
  mark(): TextMark {
    return {
      rules: this.rules.entries.length,
      mitigations: this.mitigations.entries.length,
    };
  }

  /** Drops the entries added since `mark`, for an analysis left out. */
  undoTo(mark: TextMark): void {
    this.rules.undoTo(mark.rules);
    this.mitigations.undoTo(mark.mitigations);
  }
}

export interface TextMark {
  readonly rules: number;
  readonly mitigations: number;
}

/**
 * Entries by id, made from the first record naming it; an id holds more
 * than one only when its records' texts differ.
 */
class Shelf<S, T> {
  readonly entries: T[] = [];
  private readonly ids: string[] = [];
  private readonly byId = new Map<string, number[]>();

  constructor(
    private readonly idOf: (source: S) => string,
    private readonly fits: (entry: T, source: S) => boolean,
    private readonly entryOf: (source: S) => T,
  ) {}

  indexOf(source: S): number {
    const id = this.idOf(source);
    const known = this.byId.get(id) ?? [];
    for (const index of known) {
      const entry = this.entries[index];
      if (entry !== undefined && this.fits(entry, source)) return index;
    }

    const index = this.entries.push(this.entryOf(source)) - 1;
    this.ids.push(id);
    this.byId.set(id, [...known, index]);
    return index;
  }

  undoTo(count: number): void {
    while (this.entries.length > count) {
      this.entries.pop();
      const id = this.ids.pop() ?? '';
      // An id's indexes grow, so the entry dropped is its last.
      const left = (this.byId.get(id) ?? []).slice(0, -1);
      if (left.length === 0) this.byId.delete(id);
      else this.byId.set(id, left);
    }
  }
}

function ruleEntryOf(threat: Threat): RuleEntry {
  return {
    ruleId: threat.ruleId,
    title: threat.title,
    description: threat.description,
    stride: threat.stride,
    attackVector: threat.attackVector,
    references: threat.references,
  };
}

function ruleFits(entry: RuleEntry, threat: Threat): boolean {
  return (
    entry.ruleId === threat.ruleId &&
    entry.title === threat.title &&
    entry.description === threat.description &&
    entry.attackVector === threat.attackVector &&
    sameList(entry.stride, threat.stride) &&
    sameLists(entry.references, threat.references)
  );
}

function mitigationEntryOf(item: MitigationItem): MitigationEntry {
  return {
    mitigationId: item.mitigationId,
    title: item.title,
    description: item.description,
    controlType: item.controlType,
    effort: item.effort,
    asvs: item.asvs,
    acceptanceCriteria: item.acceptanceCriteria,
  };
}

function mitigationFits(entry: MitigationEntry, item: MitigationItem): boolean {
  return (
    entry.mitigationId === item.mitigationId &&
    entry.title === item.title &&
    entry.description === item.description &&
    entry.controlType === item.controlType &&
    Object.is(entry.effort, item.effort) &&
    sameList(entry.asvs, item.asvs) &&
    sameList(entry.acceptanceCriteria, item.acceptanceCriteria)
  );
}
