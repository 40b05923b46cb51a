import { acquireLock, lockKey, releaseLock } from '../../src/app/backlog-lock';
import { createMemoryStore } from '../../src/app/backlog-store';

const NOW = Date.parse('2026-12-01T10:00:00Z');

function deps(store = createMemoryStore(), now = NOW) {
  let n = 0;
  return { store, now: () => now, random: () => (n += 0.1) % 1 };
}

describe('acquireLock', () => {
  it('gives the lock to one of two syncs of an epic', async () => {
    const store = createMemoryStore();

    const [a, b] = await Promise.all([
      acquireLock(deps(store), lockKey('ENG-1')),
      acquireLock(deps(store), lockKey('ENG-1')),
    ]);

    expect([a === null, b === null].sort()).toEqual([false, true]);
  });

  it('lets two epics sync at once', async () => {
    const store = createMemoryStore();

    expect(await acquireLock(deps(store), lockKey('ENG-1'))).not.toBeNull();
    expect(await acquireLock(deps(store), lockKey('ENG-2'))).not.toBeNull();
  });

  it('lets one of several takers take over an expired lock', async () => {
    const store = createMemoryStore();
    await acquireLock(deps(store), lockKey('ENG-1'), 1000);
    const later = NOW + 5000;

    const takers = await Promise.all(
      [1, 2, 3].map(() => acquireLock(deps(store, later), lockKey('ENG-1'))),
    );

    expect(takers.filter((lock) => lock !== null)).toHaveLength(1);
  });

  it('does not take over a lock that has not expired', async () => {
    const store = createMemoryStore();
    await acquireLock(deps(store), lockKey('ENG-1'), 60_000);

    expect(
      await acquireLock(deps(store, NOW + 59_000), lockKey('ENG-1')),
    ).toBeNull();
  });

  it('takes over an unreadable lock', async () => {
    const store = createMemoryStore();
    await store.set(lockKey('ENG-1'), 'garbage');

    expect(await acquireLock(deps(store), lockKey('ENG-1'))).not.toBeNull();
  });
});

describe('releaseLock', () => {
  it('frees the epic for the next sync', async () => {
    const store = createMemoryStore();
    const lock = await acquireLock(deps(store), lockKey('ENG-1'));

    await releaseLock(store, lock!);

    expect(await acquireLock(deps(store), lockKey('ENG-1'))).not.toBeNull();
  });

  it('leaves alone a lock another sync took over', async () => {
    const store = createMemoryStore();
    const stale = await acquireLock(deps(store), lockKey('ENG-1'), 1000);
    const taker = await acquireLock(deps(store, NOW + 5000), lockKey('ENG-1'));

    await releaseLock(store, stale!);

    expect(taker).not.toBeNull();
    expect(await store.get(lockKey('ENG-1'))).toMatchObject({
      token: taker!.token,
    });
  });
});
