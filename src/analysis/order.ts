/**
 * Orderings shared by the analysis. Text compares by UTF-16 code units,
 * the same on every machine and locale (no localeCompare).
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function byId(
  a: { readonly id: string },
  b: { readonly id: string },
): number {
  return compareText(a.id, b.id);
}

/**
 * The composite key `${first}@${second}` of a threat or mitigation item,
 * built in one piece: a template literal would leave a chain of string
 * pieces behind every one of hundreds of thousands of long-lived keys.
 */
export function compositeKey(first: string, second: string): string {
  return [first, second].join('@');
}

/**
 * Ranks the first parts of composite keys `${first}@${second}`: sorting by
 * this rank, then by the rank of the second part, orders the keys as their
 * text would sort, as long as no first part holds an `@` itself. Sorting
 * large lists by two numbers is far faster than comparing the keys.
 */
export function rankKeyParts(firsts: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(firsts)].sort((a, b) =>
    compareText(`${a}@`, `${b}@`),
  );
  return new Map(sorted.map((first, index) => [first, index]));
}

/**
 * Lists `count` entries sorted by one number each, ascending; equal
 * numbers keep their order. Callers fold several sort columns into one
 * number (see sortThreats), so a large list sorts with one comparison per
 * step. When the numbers are whole and small enough, each is packed with
 * its position into one float and the list is sorted natively, with no
 * comparison function at all. Plain loops throughout: the `from` helpers
 * iterate, which allocates a result object per entry.
 */
export function sortByKeys<T>(
  count: number,
  keyAt: (index: number) => number,
  entryAt: (index: number) => T,
): T[] {
  const keys = new Float64Array(count);
  let max = 0;
  let whole = true;
  for (let index = 0; index < count; index += 1) {
    const key = keyAt(index);
    keys[index] = key;
    if (key > max) max = key;
    if (!(key >= 0) || !Number.isInteger(key)) whole = false;
  }

  const sorted = new Array<T>(count);
  if (whole && (max + 1) * count <= Number.MAX_SAFE_INTEGER) {
    for (let index = 0; index < count; index += 1) {
      keys[index] = (keys[index] ?? 0) * count + index;
    }
    keys.sort();
    for (let index = 0; index < count; index += 1) {
      sorted[index] = entryAt((keys[index] ?? 0) % count);
    }
    return sorted;
  }
  const order = new Uint32Array(count);
  for (let index = 0; index < count; index += 1) order[index] = index;
  order.sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
  for (let index = 0; index < count; index += 1) {
    sorted[index] = entryAt(order[index] ?? 0);
  }
  return sorted;
}
