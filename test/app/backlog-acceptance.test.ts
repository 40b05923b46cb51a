import type { Analysis } from '../../src/analysis/types';
import { LOCK_TTL_MS } from '../../src/app/backlog-lock';
import { createMemoryStore } from '../../src/app/backlog-store';
import type { Severity } from '../../src/model/vocabulary';
import { analysisOf, item, threat } from '../backlog/fixtures';
import {
  chaoticJira,
  clock,
  dyingStore,
  isLinked,
  killSwitch,
  localSite,
  seeded,
  siteTickets,
  writeCalls,
} from './backlog-site-harness';
import { countingStore, harness, sync } from './backlog-sync-harness';

const EPICS: readonly string[] = ['ENG-1', 'ENG-2', 'OPS-1'];
const SEVERITIES: Severity[] = ['critical', 'high', 'medium', 'low'];

/**
 * Epic i's model at a version: 70 mitigations, the last 30 shared with the
 * next epic; each version moves the window by 4, drops a tenth and moves
 * some risks, so syncs create, update, adopt and comment.
 */
function epicAnalysis(epicIndex: number, version: number): Analysis {
  const first = epicIndex * 40 + version * 4;
  const keys = Array.from({ length: 70 }, (_, j) => first + j).filter(
    (j) => (j * 7 + version * 13) % 10 !== 0,
  );
  const threats = keys.map((j) =>
    threat(`R${j}@c${j}`, SEVERITIES[(j + version) % 4]),
  );
  const items = keys.map((j) =>
    item(`M-${j}@c${j}`, [`R${j}@c${j}`], {
      status: (j + version) % 17 === 0 ? 'implemented' : 'open',
    }),
  );
  return analysisOf(threats, items);
}

describe('syncBacklog on the local site', () => {
  it('leaves no duplicate and no missing ticket after 100 syncs with 30% faults and a crash', async () => {
    const c = clock();
    const site = localSite(c);
    site.setFaults({
      seed: 42,
      rate429: 0.1,
      rate5xx: 0.1,
      rateTimeout: 0.1,
      timeoutMs: 0,
    });
    const kill = killSwitch();
    const store = createMemoryStore();
    const jira = chaoticJira(site, c, { kill, lostBulkRate: 0.2, seed: 3 });
    const h = harness(jira, dyingStore(store, kill), c);
    const latest = new Map<string, Analysis>();
    const outcomes: Record<string, number> = {};
    const pick = seeded(11);
    const drops = new Map<string, number>();

    for (let run = 0; run < 100; run++) {
      const epicIndex = Math.floor(pick() * EPICS.length);
      const epic = EPICS[epicIndex]!;
      const analysis = epicAnalysis(epicIndex, Math.floor(run / 20));
      countDrops(drops, latest.get(epic), analysis);
      latest.set(epic, analysis);
      if (run === 50) kill.afterBulk = true;

      const outcome = await sync(h, epic, analysis).then(
        (result) => result.outcome,
        (error: unknown) => (error instanceof Error ? error.name : 'thrown'),
      );
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;

      if (kill.dead) {
        kill.dead = false;
        c.time += LOCK_TTL_MS + 60_000;
      }
      c.time += 1_000;
    }

    for (const [epic, analysis] of latest) {
      let outcome = '';
      for (let attempt = 0; attempt < 10 && outcome !== 'done'; attempt++) {
        outcome = await sync(h, epic, analysis).then(
          (result) => result.outcome,
          () => 'failed',
        );
      }
      expect(outcome).toBe('done');
    }

    const tickets = siteTickets(site, 'SEC');
    const perKey = new Map<string, string[]>();
    for (const ticket of tickets) {
      perKey.set(ticket.property.key, [
        ...(perKey.get(ticket.property.key) ?? []),
        ticket.key,
      ]);
    }
    const duplicates = [...perKey.values()].filter((keys) => keys.length > 1);
    const missing = [...latest].flatMap(([epic, analysis]) =>
      analysis.mitigations
        .filter((m) => m.status === 'open')
        .filter((m) => {
          const ticket = tickets.find((t) => t.property.key === m.key);
          return (
            ticket === undefined ||
            !ticket.property.epics.includes(epic) ||
            !isLinked(site, epic, ticket.key)
          );
        })
        .map((m) => `${epic} ${m.key}`),
    );

    expect(outcomes['Crash']).toBe(1);
    expect(outcomes['done']).toBeGreaterThan(50);
    expect(duplicates).toEqual([]);
    expect(missing).toEqual([]);
    expect(
      tickets.filter((t) => t.comments > (drops.get(t.property.key) ?? 0)),
    ).toEqual([]);

    site.setFaults({ rate429: 0, rate5xx: 0, rateTimeout: 0 });
    site.resetCalls();
    const counting = countingStore();
    for (const [key, value] of Object.entries(await snapshot(store, latest))) {
      await counting.inner.set(key, value);
    }
    const quiet = harness(chaoticJira(site, c), counting);
    for (const [epic, analysis] of latest) {
      expect((await sync(quiet, epic, analysis)).outcome).toBe('done');
    }

    expect(writeCalls(site.calls)).toBe(0);
    expect(counting.writes).toBe(0);
  });
});

describe('syncBacklog on the local site, at the same moment', () => {
  it('creates each shared ticket once when six syncs of three epics run together', async () => {
    const c = clock();
    const site = localSite(c);
    site.setFaults({
      seed: 5,
      rate429: 0.1,
      rate5xx: 0.1,
      rateTimeout: 0.1,
      timeoutMs: 0,
    });
    const store = createMemoryStore();
    const users = [1, 2].map((seed) =>
      harness(chaoticJira(site, c, { seed, lostBulkRate: 0.2 }), store, c),
    );
    const pending = new Set<string>(EPICS);

    for (let round = 0; round < 20 && pending.size > 0; round++) {
      const runs = [...pending].flatMap((epic) =>
        users.map(async (h) => {
          const result = await sync(
            h,
            epic,
            epicAnalysis(EPICS.indexOf(epic), 0),
          ).catch(() => null);
          if (result?.outcome === 'done') pending.delete(epic);
        }),
      );
      await Promise.all(runs);
      c.time += 1_000;
    }

    const keys = siteTickets(site, 'SEC').map((t) => t.property.key);
    const expected = new Set(
      EPICS.flatMap((_, i) =>
        epicAnalysis(i, 0)
          .mitigations.filter((m) => m.status === 'open')
          .map((m) => m.key),
      ),
    );
    expect(pending.size).toBe(0);
    expect(keys.length).toBe(new Set(keys).size);
    expect(new Set(keys)).toEqual(expected);
  });
});

/**
 * Counts, per mitigation key, the times a model that had it was followed
 * by one without it: the most comments its ticket may get.
 */
function countDrops(
  drops: Map<string, number>,
  before: Analysis | undefined,
  after: Analysis,
): void {
  const kept = new Set(after.mitigations.map((m) => m.key));
  for (const m of before?.mitigations ?? []) {
    if (!kept.has(m.key)) drops.set(m.key, (drops.get(m.key) ?? 0) + 1);
  }
}

/** The records the sync kept, to hand to a fresh store. */
async function snapshot(
  store: ReturnType<typeof createMemoryStore>,
  latest: Map<string, Analysis>,
): Promise<Record<string, unknown>> {
  const records: Record<string, unknown> = {};
  for (const epic of latest.keys()) {
    records[`backlog:${epic}`] = await store.get(`backlog:${epic}`);
  }
  return records;
}
