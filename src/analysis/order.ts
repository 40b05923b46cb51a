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

/** A sort column: one number per item, compared ascending unless descending. */
export interface Column {
  readonly values: Float64Array;
  readonly descending?: boolean;
}

/**
 * Sorts items by numeric columns, the first deciding, the next breaking its
 * ties. Comparing numbers by position keeps large lists fast.
 */
export function sortByColumns<T>(
  items: readonly T[],
  columns: readonly Column[],
): T[] {
  const order = Uint32Array.from(items, (_, index) => index);
  order.sort((a, b) => {
    for (const { values, descending } of columns) {
      const difference = (values[a] ?? 0) - (values[b] ?? 0);
      if (difference !== 0)
        return descending === true ? -difference : difference;
    }
    return 0;
  });
  return Array.from(order, (index) => items[index] as T);
}
