import type { SyncStore } from './backlog-store';

/**
 * The tickets created in a backlog project in the last minutes, by the
 * sync of any epic. Jira's search can take seconds to show a new issue;
 * an epic sharing a mitigation with the one that just created its ticket
 * finds it here, checked by a direct read. Written only under the
 * project's creation lock, so writers never race.
 */
export const RECENT_MS = 10 * 60 * 1000;

/** Entries kept at most, newest first, whatever their age. */
const MAX_ENTRIES = 2000;

export function recentKey(projectKey: string): string {
  return `backlog-created:${projectKey}`;
}

type Entry = readonly [mitigationKey: string, issueKey: string, at: number];

/** Mitigation key → issue key of the project's recent creations. */
export async function readRecent(
  store: SyncStore,
  projectKey: string,
  now: number,
): Promise<Map<string, string>> {
  const entries = fresh(await store.get(recentKey(projectKey)), now);
  return new Map(
    entries.map(([mitigationKey, issueKey]) => [mitigationKey, issueKey]),
  );
}

export async function addRecent(
  store: SyncStore,
  projectKey: string,
  made: readonly { mitigationKey: string; issueKey: string }[],
  now: number,
): Promise<void> {
  if (made.length === 0) return;

  const added: Entry[] = made.map((t) => [t.mitigationKey, t.issueKey, now]);
  const kept = fresh(await store.get(recentKey(projectKey)), now);
  const entries = [...added, ...kept].slice(0, MAX_ENTRIES);
  await store.set(recentKey(projectKey), { version: 1, entries });
}

const ISSUE_KEY = /^[A-Z][A-Z0-9_]{0,254}-[1-9]\d{0,17}$/;

function fresh(value: unknown, now: number): Entry[] {
  if (typeof value !== 'object' || value === null) return [];
  const { version, entries } = value as Record<string, unknown>;
  if (version !== 1 || !Array.isArray(entries)) return [];

  return entries.filter((entry): entry is Entry => {
    if (!Array.isArray(entry)) return false;
    const [mitigationKey, issueKey, at] = entry as unknown[];
    return (
      typeof mitigationKey === 'string' &&
      typeof issueKey === 'string' &&
      ISSUE_KEY.test(issueKey) &&
      typeof at === 'number' &&
      now - at < RECENT_MS
    );
  });
}
