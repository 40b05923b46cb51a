import { LOCK_TTL_MS } from '../../src/app/backlog-lock';
import { createMemoryStore } from '../../src/app/backlog-store';
import { manyMitigations } from '../backlog/fixtures';
import {
  chaoticJira,
  clock,
  dyingStore,
  isLinked,
  killSwitch,
  localSite,
  siteTickets,
  writeCalls,
} from './backlog-site-harness';
import { harness, sync } from './backlog-sync-harness';

const TICKETS = 55;
const analysis = manyMitigations(TICKETS);

/** Calls a clean first sync of the scenario makes. */
async function cleanCalls(): Promise<number> {
  const c = clock();
  const site = localSite(c);
  await sync(
    harness(chaoticJira(site, c), createMemoryStore(), c),
    'ENG-1',
    analysis,
  );
  return Object.values(site.calls).reduce((a, b) => a + b, 0);
}

describe('syncBacklog stopped at a call', () => {
  it('resumes from each stopping point with no duplicate, no missing ticket and a quiet re-sync', async () => {
    const total = await cleanCalls();
    const broken: string[] = [];

    // Every call up to and past both bulk creates, then every ninth link.
    const stops = Array.from({ length: total }, (_, k) => k).filter(
      (k) => k < 14 || k % 9 === 0,
    );
    for (const k of stops) {
      const c = clock();
      const site = localSite(c);
      const kill = killSwitch();
      kill.afterCalls = k;
      const store = createMemoryStore();
      const dying = harness(
        chaoticJira(site, c, { kill }),
        dyingStore(store, kill),
        c,
      );
      await sync(dying, 'ENG-1', analysis).catch(() => undefined);

      c.time += LOCK_TTL_MS + 60_000;
      const h = harness(chaoticJira(site, c), store, c);
      const resumed = await sync(h, 'ENG-1', analysis);
      site.resetCalls();
      const again = await sync(h, 'ENG-1', analysis);

      const tickets = siteTickets(site, 'SEC');
      const keys = new Set(tickets.map((t) => t.property.key));
      const unlinked = tickets.filter((t) => !isLinked(site, 'ENG-1', t.key));
      const problems = [
        resumed.outcome !== 'done' ? `resume ${resumed.outcome}` : '',
        tickets.length !== TICKETS ? `${tickets.length} tickets` : '',
        keys.size !== TICKETS ? `${keys.size} keys` : '',
        unlinked.length > 0 ? `${unlinked.length} unlinked` : '',
        again.outcome !== 'done' || writeCalls(site.calls) > 0
          ? 'a noisy re-sync'
          : '',
      ].filter((p) => p !== '');
      if (problems.length > 0)
        broken.push(`stopped after ${k} calls: ${problems.join(', ')}`);
    }

    expect(total).toBeGreaterThan(60);
    expect(broken).toEqual([]);
  });
});
