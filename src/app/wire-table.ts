import { ThreatModelError } from '../model/errors';

/**
 * Helpers of the compact wire form of an analysis (see wire.ts). Pure: the
 * resolvers and the browser both load it.
 */

/**
 * Distinct values in first-seen order, each named by its index, stored in
 * their wire form. The analysis shares equal ratings, risks and targets as
 * one object, so most values are found by identity; an equal copy is found
 * by its JSON.
 */
export class Interner<T extends object, W> {
  readonly values: W[] = [];
  private readonly byObject = new Map<T, number>();
  private readonly byJson = new Map<string, number>();

  constructor(private readonly toWire: (value: T) => W) {}

  indexOf(value: T): number {
    const known = this.byObject.get(value);
    if (known !== undefined) return known;

    const json = JSON.stringify(value);
    let index = this.byJson.get(json);
    if (index === undefined) {
      index = this.values.push(this.toWire(value)) - 1;
      this.byJson.set(json, index);
    }
    this.byObject.set(value, index);
    return index;
  }
}

/** The own entry of a dictionary, never one inherited from its prototype. */
export function entryOf<T>(
  dictionary: Readonly<Record<string, T>> | undefined,
  key: string | number,
): T | undefined {
  if (dictionary === undefined || !Object.hasOwn(dictionary, key)) {
    return undefined;
  }
  return dictionary[key];
}

/** The row of a table, or an error naming the table and the row. */
export function rowOf<T>(table: readonly T[], index: number, name: string): T {
  const row = table[index];
  if (row === undefined) throw malformed(`${name}[${index}] is missing`);
  return row;
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x === b[i]));
}

/** Whether two records of string lists hold the same keys and lists. */
export function sameLists(
  a: Readonly<Record<string, readonly string[]>>,
  b: Readonly<Record<string, readonly string[]>>,
): boolean {
  if (a === b) return true;

  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const other = entryOf(b, key);
    return other !== undefined && sameList(entryOf(a, key) ?? [], other);
  });
}

export function malformed(message: string): ThreatModelError {
  return new ThreatModelError(
    'UNSUPPORTED_FORMAT',
    `The compact analysis cannot be read: ${message}.`,
  );
}

/** A yes or no, in one character. */
export type Flag = 0 | 1;

/** A reference by row index where the key names a row, else the key. */
export function refOf(
  key: string,
  index: ReadonlyMap<string, number>,
): number | string {
  return index.get(key) ?? key;
}

export function keyOfRef(
  ref: number | string,
  keys: readonly string[],
  name: string,
): string {
  return typeof ref === 'string' ? ref : rowOf(keys, ref, name);
}
