import { shopInput } from '../analysis/fixtures';
import { startPlatform, type Platform } from './local-platform';

const TIMEOUT = 60_000;

describe('the resolver on the local site', () => {
  let platform: Platform;
  const lines: string[] = [];

  beforeAll(async () => {
    jest
      .spyOn(console, 'log')
      .mockImplementation((line: string) => lines.push(line));
    platform = startPlatform();
    const saved = await platform.call('alice', 'ENG-1', 'saveModel', {
      baseRevision: 0,
      model: shopInput(),
    });
    expect(saved).toEqual({ ok: true, data: { revision: 1 } });
  }, TIMEOUT);

  afterAll(() => {
    platform.close();
    jest.restoreAllMocks();
  });

  it('gives a person without access to the epic nothing of it', async () => {
    const state = await platform.call('bob', 'ENG-1', 'getEpicState', {});
    const preview = await platform.call('bob', 'ENG-1', 'previewBacklog', {});

    expect(state).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'NOT_FOUND' }),
    });
    expect(preview).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'NOT_FOUND' }),
    });
    expect(JSON.stringify([state, preview])).not.toMatch(
      /Shop|Payment platform|SEC-/,
    );
  });

  it('lets a viewer read but not save, analyze or sync', async () => {
    const read = await platform.call('carol', 'ENG-1', 'getEpicState', {});
    const writes = await Promise.all([
      platform.call('carol', 'ENG-1', 'saveModel', {
        baseRevision: 1,
        model: shopInput(),
      }),
      platform.call('carol', 'ENG-1', 'analyze', {}),
      platform.call('carol', 'ENG-1', 'syncBacklog', {}),
    ]);

    expect(read.ok).toBe(true);
    for (const write of writes) {
      expect(write).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'FORBIDDEN' }),
      });
    }
  });

  it('refuses a payload that names another issue and leaves that issue alone', async () => {
    const result = await platform.call('alice', 'ENG-1', 'saveModel', {
      baseRevision: 1,
      model: shopInput(),
      issueKey: 'ENG-2',
    });
    const other = await platform.call('alice', 'ENG-2', 'getEpicState', {});

    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'INVALID_PAYLOAD' }),
    });
    expect(other).toEqual({
      ok: true,
      data: expect.objectContaining({ revision: 0, model: null }),
    });
  });

  it('refuses a story whatever the display condition showed: NOT_AN_EPIC', async () => {
    const result = await platform.call('alice', 'ENG-3', 'getEpicState', {});

    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'NOT_AN_EPIC' }),
    });
  });

  it('keeps the last good model when a save fails validation', async () => {
    const bad = {
      ...shopInput(),
      flows: [{ id: 'f1', from: 'ghost', to: 'web' }],
    };

    const result = await platform.call('alice', 'ENG-1', 'saveModel', {
      baseRevision: 1,
      model: bad,
    });
    const state = await platform.call('alice', 'ENG-1', 'getEpicState', {});

    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'INVALID_MODEL' }),
    });
    expect(state).toEqual({
      ok: true,
      data: expect.objectContaining({
        revision: 1,
        model: expect.objectContaining({
          system: expect.objectContaining({ name: 'Shop' }),
        }),
      }),
    });
  });

  it('saves one of two edits of one revision and answers the other CONFLICT', async () => {
    const [first, second] = await Promise.all([
      platform.call('alice', 'ENG-1', 'saveModel', {
        baseRevision: 1,
        model: { ...shopInput(), system: { name: 'One' } },
      }),
      platform.call('alice', 'ENG-1', 'saveModel', {
        baseRevision: 1,
        model: { ...shopInput(), system: { name: 'Two' } },
      }),
    ]);
    const state = await platform.call('alice', 'ENG-1', 'getEpicState', {});

    const outcomes = [first, second].map((r) =>
      r.ok ? 'saved' : r.error.code,
    );
    expect(outcomes.sort()).toEqual(['CONFLICT', 'saved']);
    expect(state.ok && (state.data as { revision: number }).revision).toBe(2);
  });

  it('logs one line per decision, keyed by issue, with no model text', () => {
    const events = lines.map(
      (line) => JSON.parse(line) as Record<string, unknown>,
    );

    expect(events).toContainEqual(
      expect.objectContaining({
        event: 'model_saved',
        issueKey: 'ENG-1',
        revision: 1,
      }),
    );
    expect(events).toContainEqual(
      expect.objectContaining({
        event: 'resolver_refused',
        code: 'NOT_AN_EPIC',
      }),
    );
    expect(lines.join('\n')).not.toMatch(/Shop|One|Two|ghost/);
  });

  it('runs a small sync in the resolver, and a second one creates nothing', async () => {
    const small = {
      schemaVersion: 1,
      system: { name: 'Tiny' },
      elements: [
        {
          id: 'api',
          name: 'API',
          kind: 'process',
          attributes: { internetFacing: true },
        },
      ],
    };
    await platform.call('alice', 'ENG-2', 'saveModel', {
      baseRevision: 0,
      model: small,
    });
    await platform.call('alice', 'ENG-2', 'analyze', {});

    const first = await platform.call('alice', 'ENG-2', 'syncBacklog', {});
    const second = await platform.call('alice', 'ENG-2', 'syncBacklog', {});

    const created = (result: typeof first) =>
      result.ok ? (result.data as { state: string; created: unknown[] }) : null;
    expect(created(first)?.state).toBe('done');
    expect(created(first)?.created.length).toBeGreaterThan(0);
    expect(created(first)?.created.length).toBeLessThanOrEqual(50);
    expect(created(second)).toEqual(
      expect.objectContaining({ state: 'done', created: [] }),
    );
  });
});
