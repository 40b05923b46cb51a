import { runResolver } from '../../src/app/resolvers';
import { createHarness, model, onEpic, seedSite } from './harness';

describe('resolver access', () => {
  const harness = createHarness();
  seedSite(harness);

  beforeAll(async () => {
    const saved = await runResolver('saveModel', harness.ports, onEpic(), {
      baseRevision: 0,
      model: model(),
    });
    expect(saved.ok).toBe(true);
  });

  it('gives a person who cannot see the epic NOT_FOUND and nothing else', async () => {
    const result = await runResolver(
      'getEpicState',
      harness.as('mallory'),
      onEpic('ENG-1', 'mallory'),
      {},
    );

    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'NOT_FOUND' }),
    });
    expect(JSON.stringify(result)).not.toMatch(/Shop|Checkout|R-TAMPER/);
  });

  it('lets a viewer read the model but not save over it', async () => {
    const bob = harness.as('bob');

    const read = await runResolver(
      'getEpicState',
      bob,
      onEpic('ENG-1', 'bob'),
      {},
    );
    const save = await runResolver('saveModel', bob, onEpic('ENG-1', 'bob'), {
      baseRevision: 1,
      model: { ...model(), system: { name: 'Changed by Bob' } },
    });

    expect(read.ok && read.data.model?.system.name).toBe('Shop');
    expect(read.ok && read.data.epic.canEdit).toBe(false);
    expect(save).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'FORBIDDEN' }),
    });
  });

  it('refuses a story even though the panel was asked from it: NOT_AN_EPIC', async () => {
    const result = await runResolver(
      'getEpicState',
      harness.ports,
      onEpic('ENG-3'),
      {},
    );

    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'NOT_AN_EPIC' }),
    });
  });

  it('refuses a payload naming another issue and acts on nothing', async () => {
    const result = await runResolver(
      'saveModel',
      harness.ports,
      onEpic('ENG-1'),
      {
        baseRevision: 1,
        model: model(),
        issueKey: 'ENG-2',
      },
    );
    const other = await runResolver(
      'getEpicState',
      harness.ports,
      onEpic('ENG-2'),
      {},
    );

    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('INVALID_PAYLOAD');
    expect(!result.ok && result.error.problems).toEqual([
      expect.objectContaining({ path: 'issueKey' }),
    ]);
    expect(other.ok && other.data.revision).toBe(0);
  });

  test.each([
    ['getEpicState', { epic: 'ENG-2' }, 'epic'],
    ['saveModel', { baseRevision: -1, model: {} }, 'baseRevision'],
    ['importModel', { baseRevision: 0, fileName: '', text: 'x' }, 'fileName'],
    ['getSyncProgress', { jobId: '../../settings' }, 'jobId'],
  ] as const)('refuses %s with %j naming %s', async (name, payload, field) => {
    const result = await runResolver(name, harness.ports, onEpic(), payload);

    expect(!result.ok && result.error.code).toBe('INVALID_PAYLOAD');
    expect(!result.ok && result.error.problems?.[0]?.path).toBe(field);
  });

  it('answers NOT_FOUND when the platform gave no issue', async () => {
    const result = await runResolver(
      'getEpicState',
      harness.ports,
      { accountId: 'alice' },
      {},
    );

    expect(!result.ok && result.error.code).toBe('NOT_FOUND');
  });

  it('logs one refusal line with the code and issue key, never text', () => {
    const refusals = harness.logs.filter(
      (line) => line.event === 'resolver_refused',
    );

    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals[0]?.fields).toEqual(
      expect.objectContaining({ issueKey: 'ENG-1', code: expect.any(String) }),
    );
    expect(JSON.stringify(harness.logs)).not.toMatch(
      /Shop|Checkout|Changed by Bob/,
    );
  });

  it('turns an unexpected failure into INTERNAL, logged once by class', async () => {
    const broken = {
      ...harness.ports,
      store: {
        ...harness.ports.store,
        get: () => Promise.reject(new RangeError('secret detail')),
      },
    };
    const lines = harness.logs.length;

    const result = await runResolver('getEpicState', broken, onEpic(), {});

    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: expect.not.stringMatching(/secret/) },
    });
    expect(harness.logs.slice(lines)).toEqual([
      {
        event: 'unexpected_error',
        fields: {
          resolver: 'getEpicState',
          issueKey: 'ENG-1',
          errorClass: 'RangeError',
        },
      },
    ]);
  });
});
