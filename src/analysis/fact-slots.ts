import { ELEMENT_FACTS, FLOW_ONLY_FACTS } from '../catalog/facts';
import type { FactMap, FactValue } from './facts';

/**
 * A fixed list of fact names, each with its own place in every record of
 * that layout: the facts the catalog lists for elements or for flows
 * (system facts live apart, once per model).
 */
export class FactLayout {
  private readonly index: ReadonlyMap<string, number>;

  constructor(readonly names: readonly string[]) {
    this.index = new Map(names.map((name, place) => [name, place]));
  }

  /** The place of a fact, or -1 for a name the layout does not hold. */
  place(name: string): number {
    return this.index.get(name) ?? -1;
  }
}

const own = (names: readonly string[]): string[] =>
  names.filter((name) => !name.startsWith('system.'));

export const ELEMENT_LAYOUT = new FactLayout(own(Object.keys(ELEMENT_FACTS)));
export const FLOW_LAYOUT = new FactLayout(own(Object.keys(FLOW_ONLY_FACTS)));

/**
 * The facts of one target as a list in its layout's order, `undefined`
 * where a fact is absent: far lighter than a map per target, and read by
 * place once a condition knows the layout (see conditions.ts).
 */
export class SlotFacts implements FactMap {
  readonly values: (FactValue | undefined)[];

  constructor(readonly layout: FactLayout) {
    this.values = new Array<FactValue | undefined>(layout.names.length);
  }

  get(name: string): FactValue | undefined {
    const place = this.layout.place(name);
    return place < 0 ? undefined : this.values[place];
  }

  /** Sets a fact the layout holds; the catalog's fact list names them all. */
  set(name: string, value: FactValue): this {
    const place = this.layout.place(name);
    if (place >= 0) this.values[place] = value;
    return this;
  }
}
