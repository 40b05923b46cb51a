import { runResolver } from '../../src/app/resolvers';
import { DEFAULT_SETTINGS } from '../../src/backlog/settings';
import { createHarness, model, onEpic, seedSite } from './harness';

async function site() {
  const harness = createHarness();
  seedSite(harness);
  await runResolver('saveModel', harness.ports, onEpic(), {
    baseRevision: 0,
    model: model(),
  });
  await runResolver('analyze', harness.ports, onEpic(), {});
  return harness;
}

describe('getRiskReport', () => {
  it('reports the epic the macro names, with its analysis', async () => {
    const harness = await site();

    const result = await runResolver(
      'getRiskReport',
      harness.ports,
      { accountId: 'alice', macroConfig: { source: 'epic', epicKey: 'ENG-1' } },
      {},
    );

    expect(result.ok && result.data.epics.map((row) => row.epic.key)).toEqual([
      'ENG-1',
    ]);
    expect(
      result.ok && result.data.epics[0]?.analysis?.summary.threatCount,
    ).toBeGreaterThan(0);
  });

  it('tells a viewer who may not browse the epic only that there is nothing for them', async () => {
    const harness = await site();

    const result = await runResolver(
      'getRiskReport',
      harness.as('mallory'),
      {
        accountId: 'mallory',
        macroConfig: { source: 'epic', epicKey: 'ENG-1' },
      },
      {},
    );

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message:
          'The epic this report names does not exist, or you may not see it.',
      },
    });
  });

  it('says so when the issue the macro names is not an epic', async () => {
    const harness = await site();

    const result = await runResolver(
      'getRiskReport',
      harness.ports,
      { accountId: 'alice', macroConfig: { source: 'epic', epicKey: 'ENG-3' } },
      {},
    );

    expect(!result.ok && result.error.code).toBe('NOT_AN_EPIC');
  });

  it('leaves out the issues a JQL finds that are not epics', async () => {
    const harness = await site();

    const result = await runResolver(
      'getRiskReport',
      harness.ports,
      { accountId: 'alice', macroConfig: { jql: 'project = ENG' } },
      {},
    );

    expect(result.ok && result.data.epics.map((row) => row.epic.key)).toEqual([
      'ENG-1',
      'ENG-2',
    ]);
  });

  it('asks for a configuration when the macro has none', async () => {
    const harness = await site();

    const result = await runResolver(
      'getRiskReport',
      harness.ports,
      { accountId: 'alice' },
      {},
    );

    expect(!result.ok && result.error.code).toBe('NOT_CONFIGURED');
  });
});

describe('settings', () => {
  it('answers the defaults until someone saves', async () => {
    const harness = await site();

    const result = await runResolver(
      'getSettings',
      harness.ports,
      onEpic(),
      {},
    );

    expect(result).toEqual({ ok: true, data: DEFAULT_SETTINGS });
  });

  it('lets a backlog project admin save and refuses anyone else', async () => {
    const harness = await site();
    const settings = { ...DEFAULT_SETTINGS, labels: ['appsec'] };

    const bob = await runResolver(
      'saveSettings',
      harness.as('bob'),
      onEpic('ENG-1', 'bob'),
      settings,
    );
    const alice = await runResolver(
      'saveSettings',
      harness.ports,
      onEpic(),
      settings,
    );
    const read = await runResolver(
      'getSettings',
      harness.as('bob'),
      onEpic('ENG-1', 'bob'),
      {},
    );

    expect(!bob.ok && bob.error.code).toBe('FORBIDDEN');
    expect(alice).toEqual({ ok: true, data: settings });
    expect(read).toEqual({ ok: true, data: settings });
  });

  test.each([
    [{ backlogProjectKey: 'sec' }, 'backlogProjectKey'],
    [{ sprint: 'someday' }, 'sprint'],
    [{ issueType: 'Epic' }, 'issueType'],
  ])('refuses %j naming %s', async (change, field) => {
    const harness = await site();

    const result = await runResolver('saveSettings', harness.ports, onEpic(), {
      ...DEFAULT_SETTINGS,
      ...change,
    });

    expect(!result.ok && result.error.code).toBe('INVALID_PAYLOAD');
    expect(!result.ok && result.error.problems?.[0]?.path).toBe(field);
  });
});
