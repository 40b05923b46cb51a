import { JiraError } from '../../src/atlassian/jira-error';
import { createMemoryStore, recordKey } from '../../src/app/backlog-store';
import { lockKey } from '../../src/app/backlog-lock';
import { DEFAULT_SETTINGS, MITIGATION_PROPERTY } from '../../src/backlog';
import { analysisOf, item, manyMitigations, threat } from '../backlog/fixtures';
import { fakeJira } from './backlog-fake-jira';
import { countingStore, harness, sync } from './backlog-sync-harness';

const inEng = { ...DEFAULT_SETTINGS, backlogProjectKey: 'ENG' };

function keysPerMitigation(
  issues: Iterable<{ properties: Record<string, unknown> }>,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const issue of issues) {
    const key = (issue.properties[MITIGATION_PROPERTY] as { key: string }).key;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('syncBacklog', () => {
  it('creates 120 tickets under the epic in 3 bulk calls, with no link call', async () => {
    const fake = fakeJira();
    const h = harness(fake.jira);

    const result = await sync(h, 'ENG-1', manyMitigations(120), inEng);

    expect(result.outcome).toBe('done');
    expect(fake.issues.size).toBe(120);
    expect(fake.calls['createIssuesBulk']).toBe(3);
    expect(fake.calls['createIssueLink']).toBeUndefined();
    expect(
      [...fake.issues.values()].every((issue) => issue.parent === 'ENG-1'),
    ).toBe(true);
    expect(fake.calls['addIssuesToSprint']).toBe(3);
    expect([...fake.issues.values()].every((issue) => issue.sprint === 8)).toBe(
      true,
    );
  });

  it('links each ticket to the epic when the backlog is another project', async () => {
    const fake = fakeJira();

    await sync(harness(fake.jira), 'ENG-1', manyMitigations(3));

    expect(fake.calls['createIssueLink']).toBe(3);
    expect([...fake.issues.values()].map((issue) => issue.parent)).toEqual([
      null,
      null,
      null,
    ]);
    expect([...fake.issues.values()].map((issue) => issue.links)).toEqual([
      ['ENG-1'],
      ['ENG-1'],
      ['ENG-1'],
    ]);
  });

  it('writes nothing, to Jira or the store, on an unchanged second sync', async () => {
    const fake = fakeJira();
    const store = countingStore();
    const h = harness(fake.jira, store);
    await sync(h, 'ENG-1', manyMitigations(60));
    const [jiraWrites, storeWrites] = [fake.writes(), store.writes];

    const again = await sync(h, 'ENG-1', manyMitigations(60));

    expect(again).toMatchObject({ outcome: 'done', created: [] });
    expect(fake.writes() - jiraWrites).toBe(0);
    expect(store.writes - storeWrites).toBe(0);
    expect(h.logs.at(-1)).toEqual({
      event: 'backlog.sync.unchanged',
      fields: { epic: 'ENG-1', tickets: 60 },
    });
  });

  it('creates no duplicate when the store lost its record', async () => {
    const fake = fakeJira();
    const store = createMemoryStore();
    await sync(harness(fake.jira, store), 'ENG-1', manyMitigations(10));
    await store.delete(recordKey('ENG-1'));

    const result = await sync(
      harness(fake.jira, store),
      'ENG-1',
      manyMitigations(10),
    );

    expect(result).toMatchObject({ outcome: 'done', created: [] });
    expect(fake.issues.size).toBe(10);
    expect(await store.get(recordKey('ENG-1'))).toMatchObject({ version: 1 });
  });

  it('finds what a bulk call created when its answer was lost, and creates only the rest', async () => {
    const fake = fakeJira();
    const h = harness(fake.jira);
    const createBulk = fake.jira.createIssuesBulk.bind(fake.jira);
    let lost = false;
    fake.jira.createIssuesBulk = async (list) => {
      const answer = await createBulk(list);
      if (!lost) {
        lost = true;
        throw new JiraError('NETWORK', 0);
      }
      return answer;
    };

    const result = await sync(h, 'ENG-1', manyMitigations(70));

    expect(result.outcome).toBe('done');
    expect(fake.issues.size).toBe(70);
    expect(Math.max(...keysPerMitigation(fake.issues.values()).values())).toBe(
      1,
    );
    expect(h.logs.map((l) => l.event)).toContain('backlog.create.recheck');
    expect(h.sleeps).toEqual([3000]);
  });

  it('resumes after a crash between the bulk call and the store write', async () => {
    const fake = fakeJira();
    const store = createMemoryStore();
    const crashing = {
      ...store,
      set: () => Promise.reject(new Error('crash')),
    };
    await expect(
      sync(harness(fake.jira, crashing), 'ENG-1', manyMitigations(30)),
    ).rejects.toThrow('crash');

    const result = await sync(
      harness(fake.jira, store),
      'ENG-1',
      manyMitigations(30),
    );

    expect(result).toMatchObject({ outcome: 'done', created: [] });
    expect(fake.issues.size).toBe(30);
  });

  it('answers busy while another sync holds the epic’s lock', async () => {
    const fake = fakeJira();
    const store = createMemoryStore();
    await store.setIfAbsent(lockKey('ENG-1'), {
      token: 'other',
      expiresAt: Date.parse('2026-12-01T10:10:00Z'),
    });

    const result = await sync(
      harness(fake.jira, store),
      'ENG-1',
      manyMitigations(2),
    );

    expect(result).toEqual({ outcome: 'busy' });
    expect(fake.writes()).toBe(0);
  });

  it('takes over a lock its holder left behind', async () => {
    const fake = fakeJira();
    const store = createMemoryStore();
    await store.setIfAbsent(lockKey('ENG-1'), {
      token: 'crashed',
      expiresAt: Date.parse('2026-12-01T09:00:00Z'),
    });

    const result = await sync(
      harness(fake.jira, store),
      'ENG-1',
      manyMitigations(2),
    );

    expect(result.outcome).toBe('done');
    expect(await store.get(lockKey('ENG-1'))).toBeUndefined();
  });

  it('keeps one ticket for a mitigation two epics share, listing and linking both', async () => {
    const fake = fakeJira();
    const shared = analysisOf(
      [threat('R1@db', 'high')],
      [item('M-ENC@db', ['R1@db'])],
    );
    const worse = analysisOf(
      [threat('R1@db', 'critical')],
      [item('M-ENC@db', ['R1@db'])],
    );

    await sync(harness(fake.jira), 'ENG-1', shared, inEng);
    const second = await sync(harness(fake.jira), 'ENG-2', worse, inEng);

    const [ticket] = [...fake.issues.values()];
    expect(fake.issues.size).toBe(1);
    expect(second).toMatchObject({
      outcome: 'done',
      created: [],
      linked: 1,
      updated: 1,
    });
    expect(ticket?.parent).toBe('ENG-1');
    expect(ticket?.links).toEqual(['ENG-2']);
    expect(ticket?.priority).toBe('Highest');
    expect(ticket?.properties[MITIGATION_PROPERTY]).toMatchObject({
      epics: ['ENG-1', 'ENG-2'],
      severities: { 'ENG-1': 'high', 'ENG-2': 'critical' },
    });
  });

  it('creates a shared mitigation once when two epics sync at the same moment', async () => {
    const fake = fakeJira();
    const store = createMemoryStore();
    const shared = analysisOf([threat('R1@db')], [item('M-ENC@db', ['R1@db'])]);

    const outcomes = await Promise.all([
      sync(harness(fake.jira, store), 'ENG-1', shared, inEng),
      sync(harness(fake.jira, store), 'ENG-2', shared, inEng),
    ]);
    const retried = await Promise.all(
      (['ENG-1', 'ENG-2'] as const).map((epic) =>
        sync(harness(fake.jira, store), epic, shared, inEng),
      ),
    );

    expect(outcomes.map((o) => o.outcome)).toContain('busy');
    expect(retried.map((o) => o.outcome)).toEqual(['done', 'done']);
    expect(fake.issues.size).toBe(1);
    expect(
      [...fake.issues.values()][0]?.properties[MITIGATION_PROPERTY],
    ).toMatchObject({
      epics: ['ENG-1', 'ENG-2'],
    });
  });

  describe('while Jira’s search lags behind new issues', () => {
    it('does not create again for the same epic', async () => {
      const fake = fakeJira();
      fake.lagging = true;
      const h = harness(fake.jira);

      await sync(h, 'ENG-1', manyMitigations(5), inEng);
      const again = await sync(h, 'ENG-1', manyMitigations(5), inEng);

      expect(fake.unindexed.size).toBe(5);
      expect(again).toMatchObject({ outcome: 'done', created: [] });
      expect(fake.issues.size).toBe(5);
    });

    it('does not create a shared mitigation again for another epic', async () => {
      const fake = fakeJira();
      fake.lagging = true;
      const store = createMemoryStore();
      const shared = analysisOf(
        [threat('R1@db')],
        [item('M-ENC@db', ['R1@db'])],
      );

      await sync(harness(fake.jira, store), 'ENG-1', shared, inEng);
      const second = await sync(
        harness(fake.jira, store),
        'ENG-2',
        shared,
        inEng,
      );

      expect(second).toMatchObject({ outcome: 'done', created: [], linked: 1 });
      expect(fake.issues.size).toBe(1);
    });
  });

  it('comments once on a ticket whose mitigation left the model, and deletes nothing', async () => {
    const fake = fakeJira();
    const h = harness(fake.jira);
    await sync(h, 'ENG-1', manyMitigations(3));
    const smaller = analysisOf([], []);

    await sync(h, 'ENG-1', smaller);
    const writes = fake.writes();
    const third = await sync(h, 'ENG-1', smaller);

    expect(fake.issues.size).toBe(3);
    expect([...fake.issues.values()].map((issue) => issue.comments)).toEqual([
      1, 1, 1,
    ]);
    expect(third.outcome === 'done' && third.commented).toBe(0);
    expect(fake.writes()).toBe(writes);
  });

  test.each([
    ['active', 7],
    ['next', 8],
    ['none', null],
  ] as const)(
    'places new tickets per the sprint setting %s',
    async (sprint, expected) => {
      const fake = fakeJira();

      await sync(harness(fake.jira), 'ENG-1', manyMitigations(2), {
        ...inEng,
        sprint,
      });

      expect([...fake.issues.values()].map((issue) => issue.sprint)).toEqual([
        expected,
        expected,
      ]);
    },
  );

  it('leaves tickets in the backlog when there is no future sprint', async () => {
    const fake = fakeJira({ active: [7], future: [] });
    const h = harness(fake.jira);

    await sync(h, 'ENG-1', manyMitigations(2), inEng);

    expect(fake.calls['addIssuesToSprint']).toBeUndefined();
    expect(h.logs.map((l) => l.event)).toContain('backlog.sprint.none');
  });

  it('leaves tickets in the backlog, once, when Jira refuses the sprint', async () => {
    const fake = fakeJira();
    const h = harness(fake.jira);
    fake.before('addIssuesToSprint', () => {
      throw new JiraError('BAD_REQUEST', 400, ['The sprint is closed']);
    });

    const first = await sync(h, 'ENG-1', manyMitigations(2), inEng);
    const writes = fake.writes();
    await sync(h, 'ENG-1', manyMitigations(2), inEng);

    expect(first).toMatchObject({ outcome: 'done', placedInSprint: 0 });
    expect(h.logs.map((l) => l.event)).toContain('backlog.sprint.refused');
    expect(fake.writes()).toBe(writes);
  });

  it('fails the sync when Jira is busy placing tickets, and places them next time', async () => {
    const fake = fakeJira();
    const h = harness(fake.jira);
    fake.before('addIssuesToSprint', () => {
      throw new JiraError('SERVER_ERROR', 503);
    });
    await expect(sync(h, 'ENG-1', manyMitigations(2), inEng)).rejects.toThrow(
      JiraError,
    );
    fake.before('addIssuesToSprint', null);

    const second = await sync(h, 'ENG-1', manyMitigations(2), inEng);

    expect(second).toMatchObject({
      outcome: 'done',
      created: [],
      placedInSprint: 2,
    });
    expect([...fake.issues.values()].map((issue) => issue.sprint)).toEqual([
      8, 8,
    ]);
  });

  it('reports progress up to done with the created tickets', async () => {
    const h = harness(fakeJira().jira);

    await sync(h, 'ENG-1', manyMitigations(3));

    expect(h.progress.at(-1)).toMatchObject({
      state: 'done',
      total: 3,
      done: 3,
    });
    expect(h.progress.at(-1)?.created).toHaveLength(3);
  });

  it('logs decisions keyed by epic, never model text', async () => {
    const h = harness(fakeJira().jira);
    const secret = analysisOf(
      [threat('R1@web', 'high', ['S'], { title: 'SECRET-TITLE' })],
      [
        item('M@web', ['R1@web'], {
          title: 'SECRET-TITLE',
          description: 'SECRET-TITLE',
        }),
      ],
    );

    await sync(h, 'ENG-1', secret);

    expect(JSON.stringify(h.logs)).not.toContain('SECRET');
    expect(h.logs.every((line) => line.fields['epic'] === 'ENG-1')).toBe(true);
  });

  it('refuses an unknown issue type before creating anything', async () => {
    const fake = fakeJira();
    const h = harness(fake.jira);

    await expect(
      sync(h, 'ENG-1', manyMitigations(2), { ...inEng, issueType: 'Chore' }),
    ).rejects.toMatchObject({
      code: 'NOT_CONFIGURED',
    });
    expect(fake.writes()).toBe(0);
    expect(h.progress.at(-1)).toMatchObject({
      state: 'failed',
      error: { code: 'NOT_CONFIGURED' },
    });
  });
});
