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
  /** The waits the sync asked for. */
  readonly sleeps: number[];
}

export function harness(
  jira: JiraClient,
  store: SyncStore = createMemoryStore(),
  time?: { now: () => number; sleep: (ms: number) => Promise<void> },
): Harness {
  const logs: Harness['logs'] = [];
  const progress: SyncProgressUpdate[] = [];
  const clock = { time: Date.parse('2026-12-01T10:00:00Z') };
  const sleeps: number[] = [];
  let seed = 1;

  return {
    deps: {
      jira,
      store,
      progress: (update) => {
        progress.push(update);
      },
      now: time?.now ?? (() => clock.time),
      random: () => (seed = (seed * 16807) % 2147483647) / 2147483647,
      log: (event, fields) => logs.push({ event, fields }),
      sleep: (ms) => {
        sleeps.push(ms);
        clock.time += ms;
        return time?.sleep(ms) ?? Promise.resolve();
      },
    },
    logs,
    progress,
    clock,
    sleeps,
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
