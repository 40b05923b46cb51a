import { asUser, route } from '@forge/api';
import { Filter, FilterConditions, ForgeKvsAPIError, kvs } from '@forge/kvs';

import {
  installForgeRuntime,
  type ForgeRuntime,
} from '../../local/forge-runtime';
import type { FrameGrant } from '../../local/pages/frames';
import type { LocalSite } from '../../local/site';
import * as fixture from './fixture-app/src/forge/index';
import { call, FIXTURE_ROOT, memorySite } from './helpers';

let site: LocalSite;
let runtime: ForgeRuntime;

beforeEach(() => {
  site = memorySite({ root: FIXTURE_ROOT });
  runtime = installForgeRuntime(site, { timeScale: 0, log: () => undefined });
  fixture.received.length = 0;
});

afterEach(() => {
  runtime.uninstall();
});

const resolverCall = (
  accountId: string,
  name: string,
  payload: unknown,
  issueKey = 'ENG-1',
) =>
  runtime.invokeFunction('resolver', {
    payload: {
      call: { functionKey: name, payload },
      context: { extension: { issue: { key: issueKey } } },
    },
    context: { principal: { accountId } },
  });

function grant(accountId: string, issueKey = 'ENG-1'): FrameGrant {
  return {
    token: 't',
    moduleKey: 'threat-model-panel',
    moduleType: 'jira:issuePanel',
    resource: 'panel',
    mode: 'view',
    target: { kind: 'issue', issueKey },
    accountId,
    expires: Date.now() + 60_000,
  };
}

describe('the Forge runtime shim', () => {
  it("runs the real @forge/api asUser().requestJira(route) as the invocation's user", async () => {
    const alice = await resolverCall('alice', 'readIssueAsUser', {});
    const bob = await resolverCall('bob', 'readIssueAsUser', {});

    expect(alice).toMatchObject({
      status: 200,
      body: { key: 'ENG-1', fields: { summary: 'Payment platform' } },
    });
    expect(bob).toMatchObject({ status: 404 });
  });

  it('refuses asUser() outside an invocation, as Forge has no user then', async () => {
    await expect(
      asUser().requestJira(route`/rest/api/3/issue/ENG-1`),
    ).rejects.toThrow('asUser() needs an invocation');
  });

  it('runs the real @forge/kvs against the site, with the service error shapes', async () => {
    await kvs.set('model:10001:head', { revision: 1 });
    const taken = kvs.set(
      'model:10001:head',
      { revision: 2 },
      { keyPolicy: 'FAIL_IF_EXISTS' },
    );

    await expect(taken).rejects.toBeInstanceOf(ForgeKvsAPIError);
    await expect(taken).rejects.toMatchObject({
      responseDetails: { status: 409 },
    });
    expect(await kvs.get('model:10001:head')).toEqual({ revision: 1 });
    expect(await kvs.get('missing')).toBeUndefined();
    await kvs.delete('model:10001:head');
    expect(await kvs.get('model:10001:head')).toBeUndefined();
    await expect(kvs.set('bad/key', 1)).rejects.toMatchObject({
      code: 'INVALID_KEY',
    });
  });

  it('pages kvs key-prefix queries with a cursor', async () => {
    for (const n of [1, 2, 3]) await kvs.set(`sync:10001:job-${n}`, n);
    await kvs.set('settings', {});

    const first = await kvs
      .query()
      .where('key', { condition: 'BEGINS_WITH', values: ['sync:'] })
      .limit(2)
      .getMany();
    const rest = await kvs
      .query()
      .where('key', { condition: 'BEGINS_WITH', values: ['sync:'] })
      .cursor(first.nextCursor ?? '')
      .getMany();

    expect(first.results.map((r) => r.key)).toEqual([
      'sync:10001:job-1',
      'sync:10001:job-2',
    ]);
    expect(rest.results.map((r) => r.value)).toEqual([3]);
    expect(rest.nextCursor).toBeUndefined();
  });

  it('applies a transaction only when its entity conditions hold, all or nothing', async () => {
    await kvs.entity('lock').set('epic-1', { owner: 'a' });
    const owner = (name: string) =>
      new Filter<{ owner: string }>().and(
        'owner',
        FilterConditions.equalTo(name),
      );

    const refused = kvs
      .transact()
      .set('k', 1)
      .check('epic-1', { entityName: 'lock', conditions: owner('b') })
      .execute();
    await expect(refused).rejects.toMatchObject({
      responseDetails: { status: 409 },
    });
    expect(await kvs.get('k')).toBeUndefined();

    await kvs
      .transact()
      .set('k', 2)
      .check('epic-1', { entityName: 'lock', conditions: owner('a') })
      .execute();
    expect(await kvs.get('k')).toBe(2);
  });

  it('builds the resolver context from the grant, whatever the payload names', async () => {
    const answer = await runtime.invokeResolver(grant('alice'), 'echo', {
      issueKey: 'ENG-2',
    });

    expect(answer).toMatchObject({
      payload: { issueKey: 'ENG-2' },
      accountId: 'alice',
      extension: {
        type: 'jira:issuePanel',
        issue: { key: 'ENG-1', type: 'Epic' },
        project: { key: 'ENG' },
      },
    });
  });

  it('refuses a grant whose issue its user cannot see', async () => {
    await expect(
      runtime.invokeResolver(grant('bob'), 'echo', {}),
    ).rejects.toThrow('gone or hidden');
  });

  it('delivers a queue push to the consumer, retrying a failure with a retry context', async () => {
    fixture.failNextQueueDeliveries(1);

    const pushed = await resolverCall('alice', 'enqueue', { epicKey: 'ENG-1' });
    await runtime.drain();

    const deliveries = fixture.received
      .filter((r) => r.handler === 'onQueue')
      .map((r) => r.event);
    expect(pushed).toMatchObject({ jobId: expect.any(String) });
    expect(deliveries).toEqual([
      expect.objectContaining({
        queueName: 'backlog-sync',
        body: { epicKey: 'ENG-1' },
      }),
      expect.objectContaining({
        body: { epicKey: 'ENG-1' },
        retryContext: expect.objectContaining({ retryCount: 1 }),
      }),
    ]);
  });

  it('sends people’s transitions to the trigger, not the app’s, twice if asked', async () => {
    await call(site, 'POST', '/rest/api/3/issue/SEC-1/transitions', 'alice', {
      transition: { id: '31' },
    });
    await call(site, 'POST', '/rest/api/3/issue/SEC-1/transitions', 'app', {
      transition: { id: '21' },
    });
    await runtime.drain();
    site.setFaults({ duplicateEvents: true });
    await call(site, 'POST', '/rest/api/3/issue/SEC-2/transitions', 'alice', {
      transition: { id: '11' },
    });
    await runtime.drain();

    const events = fixture.received
      .filter((r) => r.handler === 'onIssue')
      .map((r) => r.event);
    expect(events).toHaveLength(3);
    expect(events[0]).toMatchObject({
      eventType: 'avi:jira:updated:issue',
      atlassianId: 'alice',
      selfGenerated: false,
      issue: { key: 'SEC-1', fields: { status: { name: 'Done' } } },
      changelog: {
        items: [{ field: 'status', fromString: 'To Do', toString: 'Done' }],
      },
    });
    expect(
      events.slice(1).map((e) => (e as { issue: { key: string } }).issue.key),
    ).toEqual(['SEC-2', 'SEC-2']);
  });

  it('turns a dropped connection into the fetch failure Forge code sees', async () => {
    site.setFaults({ rateTimeout: 1, timeoutMs: 1 });

    const read = resolverCall('alice', 'readIssueAsApp', { key: 'ENG-1' });

    await expect(read).rejects.toThrow('fetch failed');
  });

  it('says which function is missing', async () => {
    await expect(
      runtime.invokeFunction('nope', { payload: {} }),
    ).rejects.toThrow("declares no function 'nope'");
  });
});
