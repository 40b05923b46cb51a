import { createMemoryStore } from '../../src/app/backlog-store';
import { getBlob, MAX_BLOB_BYTES, putBlob } from '../../src/app/blob-store';
import { readLatest, writeRevision } from '../../src/app/model-store';
import { parseModel } from '../../src/model';
import { model } from './harness';

const at = new Date('2026-03-01T10:00:00Z');

describe('writeRevision', () => {
  it('lets exactly one of two writers from the same base claim the next revision', async () => {
    const store = createMemoryStore();
    const shop = parseModel(model());
    const bigShop = { ...shop, diagram: 'x'.repeat(190_000) };

    const outcomes = await Promise.allSettled([
      writeRevision(store, '10000', {
        base: null,
        model: bigShop,
        accountId: 'a',
        at,
        token: 't1',
      }),
      writeRevision(store, '10000', {
        base: null,
        model: bigShop,
        accountId: 'b',
        at,
        token: 't2',
      }),
    ]);
    const latest = await readLatest(store, '10000');

    expect(outcomes.map((o) => o.status).sort()).toEqual([
      'fulfilled',
      'rejected',
    ]);
    expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({
      reason: { code: 'CONFLICT' },
    });
    expect(latest?.revision).toBe(1);
    // The claim, the head, and one writer's pieces: the loser's are gone.
    expect(store.size).toBe(2 + 2);
  });

  it('finds a revision its writer claimed but never recorded in the head', async () => {
    const store = createMemoryStore();
    const shop = parseModel(model());
    await writeRevision(store, '10000', {
      base: null,
      model: shop,
      accountId: 'a',
      at,
      token: 't1',
    });
    const first = await readLatest(store, '10000');
    await writeRevision(store, '10000', {
      base: first,
      model: shop,
      accountId: 'a',
      at,
      token: 't2',
    });

    await store.set('model:10000:head', { revision: 1 });
    const latest = await readLatest(store, '10000');

    expect(latest?.revision).toBe(2);
  });
});

describe('putBlob', () => {
  it('keeps a small value inline and splits a large one into pieces', async () => {
    const store = createMemoryStore();
    const large = { text: 'é"'.repeat(200_000) };

    const small = await putBlob(store, 'p', 't', { a: 1 }, 'model');
    const split = await putBlob(store, 'p', 't', large, 'model');

    expect(small.inline).toBe('{"a":1}');
    expect(split.parts).toBeGreaterThan(1);
    expect(await getBlob(store, 'p', split)).toEqual(large);
  });

  it('refuses a value over the limit as INPUT_TOO_LARGE', async () => {
    const store = createMemoryStore();

    const put = putBlob(
      store,
      'p',
      't',
      { text: 'x'.repeat(MAX_BLOB_BYTES) },
      'analysis',
    );

    await expect(put).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE' });
    expect(store.size).toBe(0);
  });
});
