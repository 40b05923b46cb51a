import { request as httpRequest } from 'node:http';

import { localRequester } from '../../local/requester';
import { startServer, type RunningServer } from '../../local/server';
import type { LocalSite } from '../../local/site';
import { path } from '../../src/atlassian/request';
import { memorySite } from './helpers';

let site: LocalSite;
let server: RunningServer;

beforeAll(async () => {
  site = memorySite();
  server = await startServer(site, { port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await server.close();
});

function withHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startServer', () => {
  it('serves the REST API on loopback to the app’s requester', async () => {
    const jira = localRequester(server.url, {
      kind: 'user',
      accountId: 'alice',
    });

    const response = await jira({
      method: 'GET',
      path: path`/rest/api/3/issue/${'ENG-1'}`,
      query: { fields: 'summary' },
    });

    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(response.status).toBe(200);
    expect(JSON.parse(await response.text())).toMatchObject({
      key: 'ENG-1',
      self: `${server.url}/rest/api/3/issue/10001`,
    });
  });

  it('refuses a Host that is not its loopback name', async () => {
    const port = new URL(server.url).port;

    expect(await withHost(`${server.url}/`, `evil.example:${port}`)).toBe(421);
    expect(await withHost(`${server.url}/`, `localhost:${port}`)).toBe(200);
  });

  it('serves frames and the bridge from a second origin that has no pages', async () => {
    const bridge = await fetch(`${server.frameUrl}/_local/bridge.js`);
    const home = await fetch(`${server.frameUrl}/`);

    expect(server.frameUrl).not.toBe(server.url);
    expect(bridge.status).toBe(200);
    expect(await bridge.text()).toContain('window.__bridge');
    expect(home.status).toBe(404);
  });

  it('drops the connection of a call that times out', async () => {
    site.setFaults({ rateTimeout: 1, timeoutMs: 10 });

    const failed = fetch(`${server.url}/rest/api/3/myself`, {
      headers: { authorization: 'Bearer local-user:alice' },
    });

    await expect(failed).rejects.toThrow('fetch failed');
    site.setFaults({ rateTimeout: 0 });
  });
});
