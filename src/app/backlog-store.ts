/**
 * The key-value port the backlog sync keeps its lock and its cache in. On
 * Forge it is backed by @forge/kvs (`setIfAbsent` by `keyPolicy:
 * FAIL_IF_EXISTS`); in tests and locally by `createMemoryStore`.
 *
 * The record is a cache: Jira, searched by the mitigation property, is the
 * truth. A lost record costs searches, never a duplicate ticket.
 */
export interface SyncStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
  /** Sets the value only if the key is absent; whether it did. */
  setIfAbsent(key: string, value: unknown): Promise<boolean>;
}

/** What the store remembers of one epic's backlog. */
export interface BacklogRecord {
  readonly version: 1;
  /** Mitigation key → issue key, for the tickets of the epic. */
  readonly tickets: ReadonlyMap<string, string>;
  /** Tickets created but not yet placed in a sprint. */
  readonly pendingSprint: readonly string[];
}

export const EMPTY_RECORD: BacklogRecord = {
  version: 1,
  tickets: new Map(),
  pendingSprint: [],
};

export function recordKey(epicKey: string): string {
  return `backlog:${epicKey}`;
}

const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,254}-[1-9]\d{0,17}$/;

/** The epic's record; anything unreadable counts as no record. */
export async function readRecord(
  store: SyncStore,
  epicKey: string,
): Promise<BacklogRecord> {
  const value = await store.get(recordKey(epicKey));
  if (!isObject(value) || value['version'] !== 1) return EMPTY_RECORD;

  const tickets = new Map<string, string>();
  for (const pair of arrayOf(value['tickets'])) {
    if (!Array.isArray(pair)) continue;
    const [mitigationKey, issueKey] = pair as unknown[];
    if (typeof mitigationKey !== 'string') continue;
    if (typeof issueKey !== 'string' || !ISSUE_KEY.test(issueKey)) continue;
    tickets.set(mitigationKey, issueKey);
  }

  const pendingSprint = arrayOf(value['pendingSprint']).filter(
    (key): key is string => typeof key === 'string' && ISSUE_KEY.test(key),
  );
  return { version: 1, tickets, pendingSprint };
}

/** The stored form: pairs, never an object keyed by model text. */
export function storedRecord(record: BacklogRecord): unknown {
  return {
    version: 1,
    tickets: [...record.tickets].sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    ),
    pendingSprint: [...record.pendingSprint],
  };
}

export function sameRecord(a: BacklogRecord, b: BacklogRecord): boolean {
  return JSON.stringify(storedRecord(a)) === JSON.stringify(storedRecord(b));
}

export async function writeRecord(
  store: SyncStore,
  epicKey: string,
  record: BacklogRecord,
): Promise<void> {
  await store.set(recordKey(epicKey), storedRecord(record));
}

/** A store in memory, for tests and the local site. */
export function createMemoryStore(): SyncStore & { readonly size: number } {
  const values = new Map<string, string>();

  return {
    get: (key) => Promise.resolve(read(values.get(key))),
    set: (key, value) => {
      values.set(key, JSON.stringify(value));
      return Promise.resolve();
    },
    delete: (key) => {
      values.delete(key);
      return Promise.resolve();
    },
    setIfAbsent: (key, value) => {
      if (values.has(key)) return Promise.resolve(false);
      values.set(key, JSON.stringify(value));
      return Promise.resolve(true);
    },
    get size() {
      return values.size;
    },
  };
}

function read(text: string | undefined): unknown {
  return text === undefined ? undefined : (JSON.parse(text) as unknown);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}
