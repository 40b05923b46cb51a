import {
  createMemoryStore,
  readRecord,
  recordKey,
  writeRecord,
} from '../../src/app/backlog-store';

describe('readRecord', () => {
  it('reads back what writeRecord stored', async () => {
    const store = createMemoryStore();
    const record = {
      version: 1 as const,
      tickets: new Map([['M@web', 'SEC-1']]),
      pendingSprint: ['SEC-1'],
    };

    await writeRecord(store, 'ENG-1', record);

    expect(await readRecord(store, 'ENG-1')).toEqual(record);
  });

  test.each([
    ['nothing', undefined],
    ['another version', { version: 2, tickets: [['M@web', 'SEC-1']] }],
    ['a string', 'SEC-1'],
  ])('treats %s as an empty record', async (_name, value) => {
    const store = createMemoryStore();
    await store.set(recordKey('ENG-1'), value);

    expect((await readRecord(store, 'ENG-1')).tickets.size).toBe(0);
  });

  it('drops entries that are not a mitigation key and an issue key', async () => {
    const store = createMemoryStore();
    await store.set(recordKey('ENG-1'), {
      version: 1,
      tickets: [
        ['M@web', 'SEC-1'],
        ['__proto__', 'SEC-2'],
        ['N@web', '../x'],
        'junk',
        [1, 'SEC-3'],
      ],
      pendingSprint: ['SEC-1', 'not a key'],
    });

    const record = await readRecord(store, 'ENG-1');

    expect([...record.tickets]).toEqual([
      ['M@web', 'SEC-1'],
      ['__proto__', 'SEC-2'],
    ]);
    expect(record.pendingSprint).toEqual(['SEC-1']);
  });
});
