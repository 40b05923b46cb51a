import { runResolver } from '../../src/app/resolvers';
import { HISTORY_LENGTH } from '../../src/app/model-store';
import {
  createHarness,
  model,
  onEpic,
  seedSite,
  type Harness,
} from './harness';

function fresh(): Harness {
  const harness = createHarness();
  seedSite(harness);
  return harness;
}

async function save(
  harness: Harness,
  baseRevision: number,
  input: unknown,
  who = 'alice',
) {
  return runResolver('saveModel', harness.as(who), onEpic('ENG-1', who), {
    baseRevision,
    model: input,
  });
}

async function state(harness: Harness) {
  const result = await runResolver('getEpicState', harness.ports, onEpic(), {});
  if (!result.ok) throw new Error(result.error.message);
  return result.data;
}

describe('saveModel', () => {
  it('saves revision 1 with a history entry of counts only', async () => {
    const harness = fresh();

    const result = await save(harness, 0, model());
    const after = await state(harness);

    expect(result).toEqual({ ok: true, data: { revision: 1 } });
    expect(after.revision).toBe(1);
    expect(after.history).toEqual([
      {
        revision: 1,
        accountId: 'alice',
        at: expect.any(String),
        change: {
          added: model().elements!.length + model().flows!.length,
          removed: 0,
          changed: 0,
        },
      },
    ]);
  });

  it('counts the elements a revision added, removed and changed', async () => {
    const harness = fresh();
    await save(harness, 0, model());
    const [first, ...rest] = model().elements!;
    const flows = model().flows!;

    const result = await save(harness, 1, {
      ...model(),
      elements: [
        { ...first!, name: 'Renamed' },
        ...rest,
        { id: 'audit', name: 'Audit', kind: 'data-store' },
      ],
      flows: flows.slice(0, -1),
    });
    const after = await state(harness);

    expect(result.ok).toBe(true);
    expect(after.history[0]?.change).toEqual({
      added: 1,
      removed: 1,
      changed: 1,
    });
  });

  it('never saves an invalid model over the last good one', async () => {
    const harness = fresh();
    await save(harness, 0, model());

    const result = await save(harness, 1, {
      ...model(),
      flows: [{ id: 'f', from: 'nowhere', to: 'web' }],
    });
    const after = await state(harness);

    expect(!result.ok && result.error.code).toBe('INVALID_MODEL');
    expect(!result.ok && result.error.problems?.[0]?.path).toBe(
      'flows[0].from',
    );
    expect(after.revision).toBe(1);
    expect(after.model?.flows.map((flow) => flow.id)).toEqual(
      model().flows!.map((flow) => flow.id),
    );
  });

  it('answers CONFLICT naming the current revision and who saved it', async () => {
    const harness = fresh();
    await save(harness, 0, model());

    const result = await save(harness, 0, model());

    expect(!result.ok && result.error.code).toBe('CONFLICT');
    expect(!result.ok && result.error.message).toMatch(
      /revision 1 was saved by account alice/,
    );
  });

  it('names the person who saved the current revision when Jira shows them', async () => {
    const harness = fresh();
    harness.jira.users.set('erin', {
      browse: ['ENG'],
      edit: ['ENG'],
      admin: [],
      displayName: 'Erin Editor',
    });
    await save(harness, 0, model());
    await save(harness, 1, model(), 'erin');

    const result = await save(harness, 1, model());

    expect(!result.ok && result.error.message).toMatch(
      /revision 2 was saved by Erin Editor at /,
    );
    expect(!result.ok && result.error.message).not.toMatch(/account erin/);
  });

  it('lets one of two saves from the same base win and tells the other', async () => {
    const harness = fresh();
    await save(harness, 0, model());

    const results = await Promise.all([
      save(harness, 1, { ...model(), system: { name: 'First' } }),
      save(harness, 1, { ...model(), system: { name: 'Second' } }),
    ]);
    const after = await state(harness);

    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(
      results.filter((r) => !r.ok && r.error.code === 'CONFLICT'),
    ).toHaveLength(1);
    expect(after.revision).toBe(2);
    const winner = results[0].ok ? 'First' : 'Second';
    expect(after.model?.system.name).toBe(winner);
  });

  it(`keeps the last ${HISTORY_LENGTH} history entries`, async () => {
    const harness = fresh();

    for (let revision = 0; revision < HISTORY_LENGTH + 3; revision++) {
      await save(harness, revision, {
        ...model(),
        system: { name: `Shop ${revision}` },
      });
    }
    const after = await state(harness);

    expect(after.revision).toBe(HISTORY_LENGTH + 3);
    expect(after.history).toHaveLength(HISTORY_LENGTH);
    expect(after.history[0]?.revision).toBe(HISTORY_LENGTH + 3);
  });

  it('stores a model larger than one KVS value in pieces and reads it back whole', async () => {
    const harness = fresh();
    const big = {
      ...model(),
      diagram: `flowchart LR\n${'  a --> b\n'.repeat(19_000)}`,
    };

    const result = await save(harness, 0, big);
    const after = await state(harness);

    expect(result.ok).toBe(true);
    expect(after.model?.diagram).toBe(big.diagram);
  });
});
