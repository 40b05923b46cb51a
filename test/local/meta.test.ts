import { localRequester } from '../../local/requester';
import { path } from '../../src/atlassian/request';
import { call, memorySite, list } from './helpers';

describe('GET /rest/api/3/mypermissions', () => {
  it('answers havePermission per key for the issue asked about', async () => {
    const site = memorySite();
    const url =
      '/rest/api/3/mypermissions?issueKey=ENG-1' +
      '&permissions=BROWSE_PROJECTS,EDIT_ISSUES,CREATE_ISSUES';

    const carol = await call(site, 'GET', url, 'carol');
    const bob = await call(site, 'GET', url, 'bob');

    expect(carol.body.permissions.BROWSE_PROJECTS.havePermission).toBe(true);
    expect(carol.body.permissions.EDIT_ISSUES).toMatchObject({
      key: 'EDIT_ISSUES',
      havePermission: false,
    });
    expect(bob.status).toBe(404);
  });

  it('answers the global ADMINISTER with no issue or project named', async () => {
    const site = memorySite();
    const url = '/rest/api/3/mypermissions?permissions=ADMINISTER';

    const alice = await call(site, 'GET', url, 'alice');
    const bob = await call(site, 'GET', url, 'bob');
    const carol = await call(site, 'GET', url, 'carol');

    expect(alice.status).toBe(200);
    expect(alice.body.permissions.ADMINISTER).toMatchObject({
      key: 'ADMINISTER',
      type: 'GLOBAL',
      havePermission: true,
    });
    expect(bob.body.permissions.ADMINISTER.havePermission).toBe(false);
    expect(carol.body.permissions.ADMINISTER.havePermission).toBe(false);
  });

  it('answers global and project permissions together for a project', async () => {
    const url =
      '/rest/api/3/mypermissions?projectKey=SEC' +
      '&permissions=ADMINISTER,ADMINISTER_PROJECTS';

    const bob = await call(memorySite(), 'GET', url, 'bob');

    expect(bob.status).toBe(200);
    expect(bob.body.permissions.ADMINISTER).toMatchObject({
      type: 'GLOBAL',
      havePermission: false,
    });
    expect(bob.body.permissions.ADMINISTER_PROJECTS).toMatchObject({
      type: 'PROJECT',
      havePermission: false,
    });
  });

  it('refuses a permission key Jira does not have', async () => {
    const answer = await call(
      memorySite(),
      'GET',
      '/rest/api/3/mypermissions?permissions=ADMINISTER,toString',
      'alice',
    );

    expect(answer.status).toBe(400);
  });

  it('requires the permissions parameter', async () => {
    const answer = await call(
      memorySite(),
      'GET',
      '/rest/api/3/mypermissions?projectKey=ENG',
    );

    expect(answer.status).toBe(400);
  });
});

describe('GET /rest/api/3/user', () => {
  it('answers a person by account id, and 404 for an unknown one', async () => {
    const site = memorySite();

    const bob = await call(
      site,
      'GET',
      '/rest/api/3/user?accountId=bob',
      'carol',
    );
    const ghost = await call(site, 'GET', '/rest/api/3/user?accountId=ghost');
    const none = await call(site, 'GET', '/rest/api/3/user');

    expect(bob.body).toMatchObject({
      accountId: 'bob',
      displayName: 'Bob Builder',
    });
    expect(ghost.status).toBe(404);
    expect(none.status).toBe(400);
  });
});

describe('GET /rest/api/3/myself and /project/{key}', () => {
  it('answers who calls and the project with its issue types', async () => {
    const site = memorySite();

    const me = await call(site, 'GET', '/rest/api/3/myself', 'carol');
    const project = await call(site, 'GET', '/rest/api/3/project/OPS');
    const hidden = await call(site, 'GET', '/rest/api/3/project/ENG', 'bob');

    expect(me.body).toMatchObject({
      accountId: 'carol',
      accountType: 'atlassian',
    });
    expect(
      list<{ name: string; hierarchyLevel: number }>(
        project.body.issueTypes,
      ).map((t) => [t.name, t.hierarchyLevel]),
    ).toEqual([
      ['Initiative', 1],
      ['Story', 0],
      ['Task', 0],
      ['Bug', 0],
      ['Sub-task', -1],
    ]);
    expect(hidden.status).toBe(404);
  });
});

describe('scopes', () => {
  it('hold the app, and a user through the app, to the manifest, as on Forge', async () => {
    const site = memorySite();

    const asApp = await call(site, 'GET', '/rest/api/3/myself', 'app');
    const viaApp = await call(
      site,
      'GET',
      '/rest/api/3/myself',
      'via-app:alice',
    );
    const direct = await call(site, 'GET', '/rest/api/3/myself', 'alice');

    expect(asApp.status).toBe(401);
    expect(asApp.body).toEqual({
      code: 401,
      message: 'Unauthorized; scope does not match',
    });
    expect(viaApp.status).toBe(401);
    expect(direct.status).toBe(200);
  });
});

describe('localRequester', () => {
  it('joins paths as Forge’s route does, refusing a value that walks away', async () => {
    const site = memorySite();
    const jira = localRequester(site, { kind: 'app' });

    const issue = await jira({
      method: 'GET',
      path: path`/rest/api/3/issue/${'ENG-1'}`,
    });
    const walk = jira({
      method: 'GET',
      path: path`/rest/api/3/issue/${'../myself'}`,
    });

    expect(issue.status).toBe(200);
    await expect(walk).rejects.toThrow('unsafe path value');
  });
});
