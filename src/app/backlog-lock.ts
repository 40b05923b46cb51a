import type { SyncStore } from './backlog-store';

/**
 * One sync per epic at a time. The lock is a store key set only if absent,
 * holding a token and an expiry; a lock past its expiry (its holder
 * crashed) may be taken over, by one taker only: takers race for a marker
 * key named after the stale token, and the winner overwrites the lock.
 */
export interface HeldLock {
  readonly key: string;
  readonly token: string;
  /** The takeover marker this holder won, removed on release. */
  readonly marker: string | null;
}

export interface LockDeps {
  readonly store: SyncStore;
  readonly now: () => number;
  readonly random: () => number;
}

/** How long a lock holds before another sync may take it over. */
export const LOCK_TTL_MS = 15 * 60 * 1000;

/** One sync of an epic at a time. */
export function lockKey(epicKey: string): string {
  return `backlog-lock:${epicKey}`;
}

/**
 * One creation at a time in a backlog project: two epics that share a
 * mitigation would otherwise both miss its ticket and both create one.
 */
export function projectLockKey(projectKey: string): string {
  return `backlog-lock:project:${projectKey}`;
}

/** The lock named `key`, or null when another sync holds it (BUSY). */
export async function acquireLock(
  deps: LockDeps,
  key: string,
  ttlMs: number = LOCK_TTL_MS,
): Promise<HeldLock | null> {
  const token = newToken(deps);
  const value = { token, expiresAt: deps.now() + ttlMs };

  if (await deps.store.setIfAbsent(key, value)) {
    return { key, token, marker: null };
  }

  const held = await deps.store.get(key);
  if (held === undefined) {
    // Released between the two calls: one more try, then give way.
    const taken = await deps.store.setIfAbsent(key, value);
    return taken ? { key, token, marker: null } : null;
  }

  const stale = readLock(held);
  if (stale !== null && stale.expiresAt > deps.now()) return null;

  const marker = `${key}:takeover:${stale?.token ?? 'unreadable'}`;
  if (!(await deps.store.setIfAbsent(marker, { token }))) return null;

  await deps.store.set(key, value);
  return { key, token, marker };
}

/**
 * Releases the lock if it is still this holder's. A taker that stalled
 * for longer than a whole sync after reading the stale lock could still
 * win the removed marker; the lock's expiry bounds the harm.
 */
export async function releaseLock(
  store: SyncStore,
  lock: HeldLock,
): Promise<void> {
  const held = readLock(await store.get(lock.key));
  if (held !== null && held.token === lock.token) await store.delete(lock.key);
  if (lock.marker !== null) await store.delete(lock.marker);
}

function readLock(value: unknown): { token: string; expiresAt: number } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { token, expiresAt } = value as Record<string, unknown>;
  if (typeof token !== 'string' || typeof expiresAt !== 'number') return null;
  return { token, expiresAt };
}

function newToken(deps: LockDeps): string {
  const noise = Math.floor(deps.random() * 2 ** 48).toString(36);
  return `${deps.now().toString(36)}-${noise}`;
}
