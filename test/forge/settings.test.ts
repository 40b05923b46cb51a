import { DEFAULT_SETTINGS } from '../../src/backlog';
import { usePlatform } from './local-platform';

describe('saveSettings on the local site', () => {
  const platform = usePlatform();

  it('lets alice, the Jira administrator, move the backlog to OPS', async () => {
    const moved = { ...DEFAULT_SETTINGS, backlogProjectKey: 'OPS' };

    const saved = await platform().call(
      'alice',
      'ENG-1',
      'saveSettings',
      moved,
    );
    const read = await platform().call('carol', 'ENG-1', 'getSettings', {});

    expect(saved).toEqual({ ok: true, data: moved });
    expect(read).toEqual({ ok: true, data: moved });
  });

  test.each(['bob', 'carol'])(
    'refuses %s, who administers neither Jira nor the projects',
    async (accountId) => {
      const result = await platform().call(accountId, 'ENG-1', 'saveSettings', {
        ...DEFAULT_SETTINGS,
        labels: ['mine'],
      });

      expect(result).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'FORBIDDEN' }),
      });
    },
  );
});
