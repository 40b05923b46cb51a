import { call, memorySite } from './helpers';

const adf = (text: string) => ({
  type: 'doc',
  version: 1,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
});

describe('GET /rest/api/3/issue/{key}', () => {
  it('answers the epic with Jira Cloud field shapes', async () => {
    const site = memorySite();

    const answer = await call(site, 'GET', '/rest/api/3/issue/ENG-1');

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      id: '10001',
      key: 'ENG-1',
      fields: {
        summary: 'Payment platform',
        issuetype: { name: 'Epic', hierarchyLevel: 1, subtask: false },
        status: {
          name: 'In Progress',
          statusCategory: { key: 'indeterminate' },
        },
        priority: { name: 'Medium' },
        project: { key: 'ENG', simplified: false },
        labels: [],
        description: { type: 'doc', version: 1 },
      },
    });
  });

  it('limits the fields to those asked for and adds requested properties', async () => {
    const site = memorySite();
    await call(site, 'PUT', '/rest/api/3/issue/ENG-3/properties/p', 'alice', {
      a: 1,
    });

    const answer = await call(
      site,
      'GET',
      '/rest/api/3/issue/ENG-3?fields=summary,parent&properties=p',
    );

    expect(Object.keys(answer.body.fields as object).sort()).toEqual([
      'parent',
      'summary',
    ]);
    expect(answer.body.fields.parent.key).toBe('ENG-1');
    expect(answer.body.properties).toEqual({ p: { a: 1 } });
  });

  test.each([
    ['bob, who has no access to ENG', 'bob', 404],
    ['nobody signed in', 'anonymous', 401],
    ['a key that does not exist', 'alice', 404],
  ] as const)('refuses %s', async (_, as, status) => {
    const site = memorySite();
    const key = as === 'alice' ? 'ENG-999' : 'ENG-1';

    const answer = await call(site, 'GET', `/rest/api/3/issue/${key}`, as);

    expect(answer.status).toBe(status);
    expect(answer.body.errorMessages).toHaveLength(1);
    expect(answer.body.errors).toEqual({});
  });

  it('shows the renamed level-1 type of OPS with its hierarchy level', async () => {
    const site = memorySite();

    const answer = await call(
      site,
      'GET',
      '/rest/api/3/issue/OPS-1?fields=issuetype',
    );

    expect(answer.body.fields.issuetype).toMatchObject({
      name: 'Initiative',
      hierarchyLevel: 1,
    });
  });
});

describe('POST /rest/api/3/issue', () => {
  it('creates a child of an epic in another project and answers 201 with its key', async () => {
    const site = memorySite();
    const fields = {
      project: { key: 'SEC' },
      issuetype: { name: 'Task' },
      summary: 'Validate card tokens',
      description: adf('Acceptance criteria'),
      priority: { name: 'High' },
      labels: ['threat-model'],
      parent: { key: 'ENG-1' },
    };

    const created = await call(site, 'POST', '/rest/api/3/issue', 'alice', {
      fields,
    });
    const read = await call(
      site,
      'GET',
      `/rest/api/3/issue/${created.body.key}`,
    );

    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      key: 'SEC-3',
      self: expect.stringContaining('/rest/api/3/issue/'),
    });
    expect(read.body.fields).toMatchObject({
      parent: { key: 'ENG-1' },
      priority: { name: 'High' },
      labels: ['threat-model'],
    });
  });

  it('names every bad field in errors', async () => {
    const site = memorySite();
    const fields = {
      project: { key: 'SEC' },
      issuetype: { name: 'Task' },
      summary: '',
      description: 'plain text is not ADF',
      labels: ['two words'],
      parent: { key: 'SEC-1' },
      assignee: { accountId: 'alice' },
    };

    const answer = await call(site, 'POST', '/rest/api/3/issue', 'alice', {
      fields,
    });

    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.errors as object).sort()).toEqual([
      'assignee',
      'description',
      'labels',
      'parent',
      'summary',
    ]);
  });

  it('refuses carol, who may only browse, with 403', async () => {
    const site = memorySite();
    const fields = {
      project: { key: 'SEC' },
      issuetype: { name: 'Task' },
      summary: 'x',
    };

    const answer = await call(site, 'POST', '/rest/api/3/issue', 'carol', {
      fields,
    });

    expect(answer.status).toBe(403);
  });
});

describe('PUT /rest/api/3/issue/{key}', () => {
  it('edits fields and label verbs, answering 204', async () => {
    const site = memorySite();
    const body = {
      fields: { summary: 'Renamed' },
      update: { labels: [{ add: 'a' }, { add: 'b' }, { remove: 'a' }] },
    };

    const answer = await call(
      site,
      'PUT',
      '/rest/api/3/issue/ENG-3',
      'alice',
      body,
    );

    expect(answer.status).toBe(204);
    expect(site.core.state.issues['ENG-3']).toMatchObject({
      summary: 'Renamed',
      labels: ['b'],
    });
  });

  test.each([
    ['carol, who may only browse', 'carol', 403],
    ['bob, who cannot see ENG', 'bob', 404],
  ] as const)('refuses %s', async (_, as, status) => {
    const site = memorySite();

    const answer = await call(site, 'PUT', '/rest/api/3/issue/ENG-3', as, {
      fields: { summary: 'x' },
    });

    expect(answer.status).toBe(status);
    expect(site.core.state.issues['ENG-3']?.summary).not.toBe('x');
  });
});
