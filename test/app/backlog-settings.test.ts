import { runResolver } from '../../src/app/resolvers';
import { storageKeys } from '../../src/app/storage-keys';
import { DEFAULT_SETTINGS } from '../../src/backlog/settings';
import { createHarness, onEpic, seedSite } from './harness';

function site() {
  const harness = createHarness();
  seedSite(harness);
  return harness;
}

/** Settings as saved before the ticket scope existed. */
const withoutScope = Object.fromEntries(
  Object.entries(DEFAULT_SETTINGS).filter(([key]) => key !== 'ticketScope'),
);

describe('the ticket scope setting', () => {
  it('reads settings saved before the scope existed as recommending', async () => {
    const harness = site();
    const old = { ...withoutScope, labels: ['appsec'] };
    await harness.ports.store.set(storageKeys.settings(), old);

    const result = await runResolver(
      'getSettings',
      harness.ports,
      onEpic(),
      {},
    );

    expect(result).toEqual({
      ok: true,
      data: { ...old, ticketScope: 'recommended' },
    });
  });

  it('saves a scope of every open mitigation', async () => {
    const harness = site();
    const settings = { ...DEFAULT_SETTINGS, ticketScope: 'all' };

    await runResolver('saveSettings', harness.ports, onEpic(), settings);
    const read = await runResolver('getSettings', harness.ports, onEpic(), {});

    expect(read).toEqual({ ok: true, data: settings });
  });

  it('saves settings sent without a scope as recommending', async () => {
    const harness = site();

    const saved = await runResolver(
      'saveSettings',
      harness.ports,
      onEpic(),
      withoutScope,
    );

    expect(saved).toEqual({ ok: true, data: DEFAULT_SETTINGS });
  });

  it('refuses an unknown scope, naming it', async () => {
    const harness = site();

    const result = await runResolver('saveSettings', harness.ports, onEpic(), {
      ...DEFAULT_SETTINGS,
      ticketScope: 'some',
    });

    expect(!result.ok && result.error.problems?.[0]?.path).toBe('ticketScope');
  });
});
