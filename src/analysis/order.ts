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
 * Sorts items by one number each, ascending; equal numbers keep their
 * order. Callers fold several sort columns into one number (see
 * sortThreats), so a large list sorts with one comparison per step. When
 * the numbers are whole and small enough, each is packed with its
 * position into one float and the list is sorted natively, with no
 * comparison function at all.
 */
export function sortByKeys<T>(items: readonly T[], keys: Float64Array): T[] {
  const count = items.length;
  let max = 0;
  let whole = true;
  for (const key of keys) {
    if (key > max) max = key;
    if (!(key >= 0) || !Number.isInteger(key)) whole = false;
  }

  if (whole && (max + 1) * count <= Number.MAX_SAFE_INTEGER) {
    const packed = Float64Array.from(keys, (key, index) => key * count + index);
    packed.sort();
    return Array.from(packed, (key) => items[key % count] as T);
  }
  const order = Uint32Array.from(items, (_, index) => index);
  order.sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
  return Array.from(order, (index) => items[index] as T);
}
