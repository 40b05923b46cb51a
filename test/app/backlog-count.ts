import { createMemoryStore } from '../../src/app/backlog-store';
import { DEFAULT_SETTINGS } from '../../src/backlog';
import { manyMitigations } from '../backlog/fixtures';
import { harness, sync } from './backlog-sync-harness';
import {
  chaoticJira,
  clock,
  localSite,
  writeCalls,
} from './backlog-site-harness';

export interface SyncCallCount {
  readonly tickets: number;
  readonly placement: 'child' | 'linked';
  /** Calls of the first sync, by route. */
  readonly calls: Readonly<Record<string, number>>;
  readonly total: number;
  readonly writes: number;
  readonly bulkCreates: number;
  readonly links: number;
  /** Calls and writes of a second sync with nothing changed. */
  readonly resyncCalls: number;
  readonly resyncWrites: number;
}

/**
 * Counts the REST calls a first sync of `tickets` new mitigations makes on
 * a fresh local site, and a second, unchanged sync. `child`: the backlog is
 * the epic's project (ENG), tickets are created under the epic; `linked`:
 * the backlog is SEC and each ticket is linked to the epic. For the
 * benchmark; it does not time anything.
 */
export async function countSyncCalls(
  tickets: number,
  placement: 'child' | 'linked',
): Promise<SyncCallCount> {
  const c = clock();
  const site = localSite(c);
  const h = harness(chaoticJira(site, c), createMemoryStore());
  const settings = {
    ...DEFAULT_SETTINGS,
    backlogProjectKey: placement === 'child' ? 'ENG' : 'SEC',
  };
  const analysis = manyMitigations(tickets);

  const first = await sync(h, 'ENG-1', analysis, settings);
  if (first.outcome !== 'done' || first.created.length !== tickets) {
    throw new Error('the first sync did not create every ticket');
  }
  const calls = { ...site.calls };
  site.resetCalls();
  await sync(h, 'ENG-1', analysis, settings);

  return {
    tickets,
    placement,
    calls,
    total: sum(calls),
    writes: writeCalls(calls),
    bulkCreates: calls['POST /rest/api/3/issue/bulk'] ?? 0,
    links: calls['POST /rest/api/3/issueLink'] ?? 0,
    resyncCalls: sum(site.calls),
    resyncWrites: writeCalls(site.calls),
  };
}

function sum(calls: Readonly<Record<string, number>>): number {
  return Object.values(calls).reduce((a, b) => a + b, 0);
}
