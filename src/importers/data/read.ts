/**
 * Typed reads from parsed JSON or YAML, which is untrusted: every accessor
 * checks the type and answers undefined (or empty) instead of throwing, so
 * a missing optional field never crashes an importer.
 */
export type Data = Readonly<Record<string, unknown>>;

export function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string field; numbers are given as text, since YAML reads `1.0` as one. */
export function text(data: Data, key: string): string | undefined {
  const value = own(data, key);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

export function flag(data: Data, key: string): boolean | undefined {
  const value = own(data, key);
  return typeof value === 'boolean' ? value : undefined;
}

export function num(data: Data, key: string): number | undefined {
  const value = own(data, key);
  return typeof value === 'number' && Number.isFinite(value)
    ? value
    : undefined;
}

export function list(data: Data, key: string): readonly unknown[] {
  const value = own(data, key);
  return Array.isArray(value) ? value : [];
}

/** A list of strings, skipping anything else. */
export function strings(data: Data, key: string): string[] {
  return list(data, key).filter((v): v is string => typeof v === 'string');
}

export function record(data: Data, key: string): Data | undefined {
  const value = own(data, key);
  return isRecord(value) ? value : undefined;
}

/** The entries of a map whose values are records, as Threagile writes them. */
export function recordEntries(data: Data, key: string): [string, Data][] {
  const map = record(data, key);
  if (map === undefined) return [];

  return Object.entries(map).filter((e): e is [string, Data] => isRecord(e[1]));
}

function own(data: Data, key: string): unknown {
  return Object.hasOwn(data, key) ? data[key] : undefined;
}
