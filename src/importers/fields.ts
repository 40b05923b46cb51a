/**
 * `{ key: value }` when the value is defined, else `{}`: spread into an
 * entry so that a field the file does not give stays absent (unknown),
 * never `undefined` or a made-up default.
 */
export function optional<K extends string, V>(
  key: K,
  value: V | undefined,
): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
