import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { call, memorySite, tempDir } from './helpers';

describe('persistence', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => {
    dir.remove();
  });

  it('keeps issues, properties and app storage across re-creation', async () => {
    const first = memorySite({ dataDir: dir.path });
    await call(first, 'POST', '/rest/api/3/issue', 'alice', {
      fields: {
        project: { key: 'SEC' },
        issuetype: { name: 'Task' },
        summary: 'Survives a restart',
      },
    });
    await call(
      first,
      'PUT',
      '/rest/api/3/issue/ENG-1/properties/threat-model-risk',
      'alice',
      { openHigh: 2 },
    );
    await call(first, 'POST', '/_forge/kvs/api/v1/set', 'app', {
      key: 'model:10001:head',
      value: { revision: 1 },
    });
    first.forbidUser('carol', 'SEC');
    first.flush();

    const second = memorySite({ dataDir: dir.path });
    const issue = await call(
      second,
      'GET',
      '/rest/api/3/issue/SEC-3?fields=summary',
    );
    const property = await call(
      second,
      'GET',
      '/rest/api/3/issue/ENG-1/properties/threat-model-risk',
    );
    const stored = await call(second, 'POST', '/_forge/kvs/api/v1/get', 'app', {
      key: 'model:10001:head',
    });
    const carol = await call(second, 'GET', '/rest/api/3/issue/SEC-1', 'carol');

    expect(second.freshlySeeded).toBe(false);
    expect(issue.body.fields.summary).toBe('Survives a restart');
    expect(property.body.value).toEqual({ openHigh: 2 });
    expect(stored.body.value).toEqual({ revision: 1 });
    expect(carol.status).toBe(404);
  });

  it('writes the state file atomically, readable by its owner only', async () => {
    const site = memorySite({ dataDir: dir.path });
    await call(site, 'PUT', '/rest/api/3/issue/ENG-1/properties/x', 'alice', 1);
    site.flush();

    const file = join(dir.path, 'state.json');
    expect(existsSync(file)).toBe(true);
    expect(readdirSync(dir.path)).toEqual(['state.json']);
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('writes changes shortly after they happen without an explicit flush', async () => {
    const site = memorySite({ dataDir: dir.path });
    await call(
      site,
      'PUT',
      '/rest/api/3/issue/ENG-1/properties/later',
      'alice',
      'soon',
    );

    for (let i = 0; i < 50 && !reloadHas(dir.path); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }

    expect(reloadHas(dir.path)).toBe(true);
  });

  it('seeds afresh on reset', async () => {
    const first = memorySite({ dataDir: dir.path });
    await call(
      first,
      'PUT',
      '/rest/api/3/issue/ENG-1/properties/x',
      'alice',
      1,
    );
    first.flush();

    const reset = memorySite({ dataDir: dir.path, reset: true });

    expect(reset.freshlySeeded).toBe(true);
    expect(reset.core.state.issues['ENG-1']?.properties).toEqual({});
  });
});

function reloadHas(path: string): boolean {
  const site = memorySite({ dataDir: path });
  return site.core.state.issues['ENG-1']?.properties['later'] === 'soon';
}
