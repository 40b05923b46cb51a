import type { Analysis } from '../../src/analysis/types';
import type { JiraClient } from '../../src/atlassian/jira-client';
import type { Settings } from '../../src/app/contract';
import { createMemoryStore, type SyncStore } from '../../src/app/backlog-store';
import {
  type SyncDeps,
  type SyncProgressUpdate,
  syncBacklog,
} from '../../src/app/backlog-sync';
import { DEFAULT_SETTINGS } from '../../src/backlog';

/** A store that counts its writes. */
export function countingStore(): SyncStore & {
  writes: number;
  inner: SyncStore;
} {
  const inner = createMemoryStore();
  const store = {
    writes: 0,
    inner,
    get: (key: string) => inner.get(key),
    set: (key: string, value: unknown) => {
      store.writes++;
      return inner.set(key, value);
    },
    delete: (key: string) => {
      store.writes++;
      return inner.delete(key);
    },
    setIfAbsent: (key: string, value: unknown) => {
      store.writes++;
      return inner.setIfAbsent(key, value);
    },
  };
  return store;
}

export interface Harness {
  readonly deps: SyncDeps;
  readonly logs: { event: string; fields: Record<string, string | number> }[];
  readonly progress: SyncProgressUpdate[];
  readonly clock: { time: number };
}

export function harness(
  jira: JiraClient,
  store: SyncStore = createMemoryStore(),
  now?: () => number,
): Harness {
  const logs: Harness['logs'] = [];
  const progress: SyncProgressUpdate[] = [];
  const clock = { time: Date.parse('2026-12-01T10:00:00Z') };
  let seed = 1;

  return {
    deps: {
      jira,
      store,
      progress: (update) => {
        progress.push(update);
      },
      now: now ?? (() => clock.time),
      random: () => (seed = (seed * 16807) % 2147483647) / 2147483647,
      log: (event, fields) => logs.push({ event, fields }),
    },
    logs,
    progress,
    clock,
  };
}

export function sync(
  h: Harness,
  epicKey: string,
  analysis: Analysis,
  settings: Settings = DEFAULT_SETTINGS,
): ReturnType<typeof syncBacklog> {
  return syncBacklog(h.deps, {
    epic: { key: epicKey, summary: 'Epic summary', url: `/browse/${epicKey}` },
    analysis,
    settings,
  });
}
