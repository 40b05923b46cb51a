import { manifestFromText } from '../../local/manifest';
import type { LocalSite } from '../../local/site';
import { call, list, memorySite, TEST_MANIFEST_TEXT } from './helpers';

async function keys(
  site: LocalSite,
  jql: string,
  as: 'alice' | 'bob' = 'alice',
): Promise<string[]> {
  const answer = await call(site, 'POST', '/rest/api/3/search/jql', as, {
    jql,
    fields: ['key'],
    maxResults: 100,
  });
  if (answer.status !== 200) throw new Error(`search failed: ${answer.text}`);
  return list<{ key: string }>(answer.body.issues).map((issue) => issue.key);
}

async function ticket(
  site: LocalSite,
  key: string,
  epics: string[],
): Promise<string> {
  const body = {
    fields: {
      project: { key: 'SEC' },
      issuetype: { name: 'Task' },
      summary: `Mitigation ${key}`,
      labels: ['threat-model'],
    },
    properties: [{ key: 'threat-model-mitigation', value: { key, epics } }],
  };
  const answer = await call(site, 'POST', '/rest/api/3/issue', 'alice', body);
  return answer.body.key as string;
}

describe('JQL search', () => {
  test.each([
    ['project = ENG AND issuetype = Epic ORDER BY key', ['ENG-1', 'ENG-2']],
    ['parent = ENG-1 ORDER BY key DESC', ['ENG-5', 'ENG-4', 'ENG-3']],
    ['key in (SEC-2, ENG-2, OPS-1) ORDER BY key', ['ENG-2', 'OPS-1', 'SEC-2']],
    ['project = SEC AND statusCategory = Done', ['SEC-2']],
    [
      'project in (SEC, OPS) AND statusCategory != done ORDER BY key',
      ['OPS-1', 'OPS-2', 'SEC-1'],
    ],
    ['labels = security AND NOT status = Done', ['SEC-1']],
    [
      'issuetype = Initiative OR (project = ENG AND type = Task)',
      ['ENG-5', 'OPS-1'],
    ],
    ['project = ENG AND parent IS EMPTY ORDER BY key', ['ENG-1', 'ENG-2']],
  ])('%s', async (jql, expected) => {
    const site = memorySite();

    expect(await keys(site, jql)).toEqual(expected);
  });

  it('only finds issues the caller may browse', async () => {
    const site = memorySite();

    const found = await keys(
      site,
      'statusCategory in ("To Do", "In Progress") ORDER BY key',
      'bob',
    );
    const named = await call(site, 'POST', '/rest/api/3/search/jql', 'bob', {
      jql: 'project = ENG',
    });

    expect(found).toEqual(['OPS-1', 'OPS-2', 'SEC-1']);
    expect(named.status).toBe(400);
    expect(named.body.errorMessages).toEqual([
      "The value 'ENG' does not exist for the field 'project'.",
    ]);
  });

  it('matches declared issue properties by path, alias and IN lists', async () => {
    const site = memorySite();
    const first = await ticket(site, 'm-1', ['ENG-1']);
    const second = await ticket(site, 'm-2', ['ENG-1', 'ENG-2']);

    const byPath = await keys(
      site,
      'issue.property[threat-model-mitigation].key = "m-2"',
    );
    const byList = await keys(
      site,
      'issue.property[threat-model-mitigation].key IN ("m-1", "m-2") ORDER BY key',
    );
    const byArray = await keys(
      site,
      'project = SEC AND issue.property[threat-model-mitigation].epics = "ENG-2"',
    );
    const byAlias = await keys(site, 'threatMitigationKey = m-1');

    expect(byPath).toEqual([second]);
    expect(byList).toEqual([first, second]);
    expect(byArray).toEqual([second]);
    expect(byAlias).toEqual([first]);
  });

  it('ignores properties the manifest does not declare, as Jira does not index them', async () => {
    const site = memorySite();
    await call(
      site,
      'PUT',
      '/rest/api/3/issue/SEC-1/properties/undeclared',
      'alice',
      { key: 'x' },
    );

    expect(await keys(site, 'issue.property[undeclared].key = "x"')).toEqual(
      [],
    );
  });

  it('indexes every property when the manifest declares none', async () => {
    const bare = TEST_MANIFEST_TEXT.replace(
      / {2}jira:entityProperty:[\s\S]*?(?= {2}function:)/,
      '',
    );
    const site = memorySite({ manifest: manifestFromText(bare) });
    await call(
      site,
      'PUT',
      '/rest/api/3/issue/SEC-1/properties/undeclared',
      'alice',
      { key: 'x' },
    );

    expect(await keys(site, 'issue.property[undeclared].key = "x"')).toEqual([
      'SEC-1',
    ]);
  });

  it('pages with nextPageToken until isLast', async () => {
    const site = memorySite();
    const seen: string[] = [];
    let token: string | undefined;

    for (let page = 0; page < 10; page += 1) {
      const query = new URLSearchParams({
        jql: 'project = ENG ORDER BY key',
        maxResults: '4',
        fields: 'summary',
        ...(token === undefined ? {} : { nextPageToken: token }),
      });
      const answer = await call(site, 'GET', `/rest/api/3/search/jql?${query}`);
      seen.push(
        ...list<{ key: string }>(answer.body.issues).map((issue) => issue.key),
      );
      token = answer.body.nextPageToken;
      if (answer.body.isLast) break;
    }

    expect(seen).toEqual([
      'ENG-1',
      'ENG-2',
      'ENG-3',
      'ENG-4',
      'ENG-5',
      'ENG-6',
    ]);
    expect(token).toBeUndefined();
  });

  it('answers only ids when no fields are asked for', async () => {
    const answer = await call(
      memorySite(),
      'GET',
      '/rest/api/3/search/jql?jql=key%20%3D%20ENG-1',
    );

    expect(answer.body).toEqual({ issues: [{ id: '10001' }], isLast: true });
  });

  test.each([
    [
      'project = ',
      'Expecting either a value, list or function before the end of the query.',
    ],
    ['project ~ ENG', 'Expecting operator'],
    ['foo = bar', "Field 'foo' does not exist"],
    [
      'project = NOPE',
      "The value 'NOPE' does not exist for the field 'project'.",
    ],
    ['key = ENG-999', "An issue with key 'ENG-999' does not exist"],
    ['ORDER BY key', 'Unbounded JQL queries are not allowed here.'],
    ['project = ENG ORDER BY colour', "Not able to sort using field 'colour'."],
  ])('refuses %s with 400 and a Jira-like message', async (jql, message) => {
    const answer = await call(
      memorySite(),
      'POST',
      '/rest/api/3/search/jql',
      'alice',
      { jql },
    );

    expect(answer.status).toBe(400);
    expect(answer.body.errorMessages[0]).toContain(message);
  });

  it('refuses a page token made for another query', async () => {
    const site = memorySite();
    const first = await call(site, 'POST', '/rest/api/3/search/jql', 'alice', {
      jql: 'project = ENG',
      maxResults: 1,
      fields: ['key'],
    });

    const answer = await call(site, 'POST', '/rest/api/3/search/jql', 'alice', {
      jql: 'project = SEC',
      nextPageToken: first.body.nextPageToken,
    });

    expect(answer.status).toBe(400);
  });
});
