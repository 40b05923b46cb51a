import { runResolver } from '../../src/app/resolvers';
import { DEFAULT_SETTINGS } from '../../src/backlog/settings';
import { createHarness, onEpic, seedSite, type Harness } from './harness';

/**
 * The settings steer every epic's tickets, so who may save them matters:
 * DEFAULT_SETTINGS name SEC, which alice administers.
 */
function site(): Harness {
  const harness = createHarness();
  seedSite(harness);
  const none = { browse: [], edit: [], admin: [] };
  harness.jira.users.set('mallory', { ...none, admin: ['EVIL'] });
  harness.jira.users.set('dana', { ...none, admin: ['SEC', 'OPS'] });
  harness.jira.users.set('root', { ...none, jiraAdmin: true });
  return harness;
}

async function save(harness: Harness, accountId: string, project: string) {
  return runResolver(
    'saveSettings',
    harness.as(accountId),
    onEpic('ENG-1', accountId),
    { ...DEFAULT_SETTINGS, backlogProjectKey: project },
  );
}

async function backlogProject(harness: Harness): Promise<string> {
  const read = await runResolver('getSettings', harness.ports, onEpic(), {});
  return read.ok ? read.data.backlogProjectKey : '';
}

describe('saveSettings', () => {
  it('refuses to move the backlog into a project its caller merely administers', async () => {
    const harness = site();

    const result = await save(harness, 'mallory', 'EVIL');

    expect(!result.ok && result.error.code).toBe('FORBIDDEN');
    expect(await backlogProject(harness)).toBe('SEC');
    expect(harness.logs).toContainEqual({
      event: 'settings_refused',
      fields: { accountId: 'mallory', projectKey: 'EVIL' },
    });
  });

  it('lets an administrator of both the current and the new project move it', async () => {
    const harness = site();

    const moved = await save(harness, 'dana', 'OPS');
    const back = await save(harness, 'alice', 'SEC');

    expect(moved.ok).toBe(true);
    expect(!back.ok && back.error.code).toBe('FORBIDDEN');
    expect(await backlogProject(harness)).toBe('OPS');
  });

  it('lets an administrator of the backlog project change it in place', async () => {
    const harness = site();

    const result = await save(harness, 'alice', 'SEC');

    expect(result.ok).toBe(true);
  });

  it('lets a Jira administrator move it anywhere', async () => {
    const harness = site();

    const result = await save(harness, 'root', 'EVIL');

    expect(result.ok).toBe(true);
    expect(await backlogProject(harness)).toBe('EVIL');
  });
});
