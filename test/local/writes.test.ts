import { call, memorySite, list } from './helpers';

const task = (summary: string, extra: Record<string, unknown> = {}) => ({
  fields: {
    project: { key: 'SEC' },
    issuetype: { name: 'Task' },
    summary,
    parent: { key: 'ENG-1' },
  },
  ...extra,
});

describe('POST /rest/api/3/issue/bulk', () => {
  it('creates children with properties and reports failures by position', async () => {
    const site = memorySite();
    const issueUpdates = [
      task('First', {
        properties: [{ key: 'threat-model-mitigation', value: { key: 'm-1' } }],
      }),
      { fields: { project: { key: 'SEC' }, issuetype: { name: 'Task' } } },
      task('Third'),
    ];

    const answer = await call(site, 'POST', '/rest/api/3/issue/bulk', 'alice', {
      issueUpdates,
    });

    expect(answer.status).toBe(201);
    expect(list<{ key: string }>(answer.body.issues).map((i) => i.key)).toEqual(
      ['SEC-3', 'SEC-4'],
    );
    expect(answer.body.errors).toEqual([
      {
        status: 400,
        elementErrors: {
          errorMessages: [],
          errors: { summary: 'You must specify a summary of the issue.' },
          status: 400,
        },
        failedElementNumber: 1,
      },
    ]);
    expect(site.core.state.issues['SEC-3']).toMatchObject({
      parentKey: 'ENG-1',
      properties: { 'threat-model-mitigation': { key: 'm-1' } },
    });
  });

  it('answers 400 when every issue fails, and refuses more than 50', async () => {
    const site = memorySite();

    const allBad = await call(site, 'POST', '/rest/api/3/issue/bulk', 'alice', {
      issueUpdates: [{ fields: {} }],
    });
    const tooMany = await call(
      site,
      'POST',
      '/rest/api/3/issue/bulk',
      'alice',
      {
        issueUpdates: Array.from({ length: 51 }, (_, i) => task(`T${i}`)),
      },
    );

    expect(allBad.status).toBe(400);
    expect(allBad.body.errors).toHaveLength(1);
    expect(tooMany.status).toBe(400);
    expect(
      Object.keys(site.core.state.issues).filter((k) => k.startsWith('SEC-')),
    ).toHaveLength(2);
  });
});

describe('issue properties', () => {
  it('answers 201 for a new key, 200 for a change, then reads and deletes it', async () => {
    const site = memorySite();
    const url = '/rest/api/3/issue/ENG-1/properties/threat-model-risk';

    const created = await call(site, 'PUT', url, 'alice', {
      residualScore: 12,
    });
    const changed = await call(site, 'PUT', url, 'alice', { residualScore: 9 });
    const read = await call(site, 'GET', url);
    const listed = await call(
      site,
      'GET',
      '/rest/api/3/issue/ENG-1/properties',
    );
    const deleted = await call(site, 'DELETE', url);
    const gone = await call(site, 'GET', url);

    expect([
      created.status,
      changed.status,
      read.status,
      deleted.status,
      gone.status,
    ]).toEqual([201, 200, 200, 204, 404]);
    expect(read.body).toEqual({
      key: 'threat-model-risk',
      value: { residualScore: 9 },
    });
    expect(listed.body.keys).toEqual([
      {
        key: 'threat-model-risk',
        self: expect.stringContaining('/properties/threat-model-risk'),
      },
    ]);
  });

  it('refuses a value over 32,768 characters and writes from people who cannot edit', async () => {
    const site = memorySite();
    const url = '/rest/api/3/issue/ENG-1/properties/big';

    const tooBig = await call(site, 'PUT', url, 'alice', {
      text: 'x'.repeat(32_768),
    });
    const justFits = await call(site, 'PUT', url, 'alice', 'x'.repeat(32_766));
    const carol = await call(site, 'PUT', url, 'carol', 1);
    const bob = await call(site, 'GET', url, 'bob');

    expect([tooBig.status, justFits.status, carol.status, bob.status]).toEqual([
      400, 201, 403, 404,
    ]);
  });

  it('keeps a __proto__ key as a plain property', async () => {
    const site = memorySite();

    await call(
      site,
      'PUT',
      '/rest/api/3/issue/ENG-2/properties/__proto__',
      'alice',
      { polluted: true },
    );

    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(site.core.state.issues['ENG-2']!.properties)).toEqual([
      '__proto__',
    ]);
  });
});
