import { hasOwn, isRecord, setOwn } from '../http';
import type { KvsEntry, SiteState } from '../types';

/** The app's storage as a set of key spaces inside the site's state. */
export type Space = Record<string, KvsEntry>;

/** Plain keys and secrets apart; with an entity name, that entity's keys. */
export function spaceOf(
  state: SiteState,
  kind: 'plain' | 'secret',
  entityName?: string,
): Space {
  if (entityName === undefined) return state.kvs[kind];

  const found = hasOwn(state.kvs.entity, entityName)
    ? state.kvs.entity[entityName]
    : undefined;
  if (found !== undefined) return found;
  const created: Space = {};
  setOwn(state.kvs.entity, entityName, created);
  return created;
}

const TTL_MS: Record<string, number> = {
  SECONDS: 1_000,
  MINUTES: 60_000,
  HOURS: 3_600_000,
  DAYS: 86_400_000,
};

function expiry(options: unknown, nowMs: number): string | undefined {
  const ttl = isRecord(options) ? options['ttl'] : undefined;
  if (!isRecord(ttl) || typeof ttl['value'] !== 'number') return undefined;
  const name = String(ttl['unit']);
  const unit = hasOwn(TTL_MS, name) ? (TTL_MS[name] ?? 1_000) : 1_000;
  return new Date(nowMs + ttl['value'] * unit).toISOString();
}

/** The live entry under a key; an expired one is dropped on the way. */
export function readEntry(
  space: Space,
  key: string,
  nowMs: number,
): KvsEntry | undefined {
  const entry = hasOwn(space, key) ? space[key] : undefined;
  if (entry === undefined) return undefined;
  if (entry.expireTime !== undefined && Date.parse(entry.expireTime) <= nowMs) {
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
    delete space[key];
    return undefined;
  }
  return entry;
}

export function writeEntry(
  space: Space,
  key: string,
  value: unknown,
  options: unknown,
  nowMs: number,
): KvsEntry {
  const previous = readEntry(space, key, nowMs);
  const expireTime = expiry(options, nowMs);
  const entry: KvsEntry = {
    value,
    createdAt: previous?.createdAt ?? nowMs,
    updatedAt: nowMs,
    ...(expireTime === undefined ? {} : { expireTime }),
  };
  setOwn(space, key, entry);
  return entry;
}

export function removeEntry(space: Space, key: string, nowMs: number): boolean {
  if (readEntry(space, key, nowMs) === undefined) return false;
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete
  delete space[key];
  return true;
}

/** The entry as the service returns it, with the metadata asked for. */
export function entryJson(key: string, entry: KvsEntry, entityName?: string) {
  return {
    key,
    value: entry.value,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    ...(entry.expireTime === undefined ? {} : { expireTime: entry.expireTime }),
    ...(entityName === undefined ? {} : { entityName }),
  };
}
