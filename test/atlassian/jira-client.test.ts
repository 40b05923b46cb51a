import { createJiraClient, JiraError } from '../../src/atlassian/jira-client';
import type { NewIssue } from '../../src/atlassian/jira-types';
import { reply, scripted } from './replies';

const doc = { type: 'doc' as const, version: 1 as const, content: [] };

function newIssue(summary: string, extra: Partial<NewIssue> = {}): NewIssue {
  return {
    projectKey: 'SEC',
    issueTypeName: 'Task',
    summary,
    description: doc,
    labels: ['security'],
    properties: [{ key: 'threat-model-mitigation', value: { key: summary } }],
    ...extra,
  };
}

async function failureOf(promise: Promise<unknown>): Promise<JiraError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof JiraError) return error;
    throw error;
  }
  throw new Error('expected a JiraError');
}

describe('createJiraClient', () => {
  it('follows nextPageToken until the last page of a search', async () => {
    const requester = scripted([
      reply(200, {
        issues: [{ id: '1', key: 'SEC-1', fields: {} }],
        nextPageToken: 't2',
      }),
      reply(200, {
        issues: [{ id: 2, key: 'SEC-2', properties: { p: 1 } }],
        isLast: true,
      }),
    ]);

    const issues = await createJiraClient(requester).searchJql({
      jql: 'project = "SEC"',
      fields: ['status'],
      properties: ['p'],
    });

    expect(issues.map((issue) => issue.key)).toEqual(['SEC-1', 'SEC-2']);
    expect(issues[1]?.properties).toEqual({ p: 1 });
    expect(requester.sent[0]?.body).toMatchObject({
      jql: 'project = "SEC"',
      fields: ['status'],
    });
    expect(requester.sent[0]?.body).not.toHaveProperty('nextPageToken');
    expect(requester.sent[1]?.body).toMatchObject({ nextPageToken: 't2' });
    expect(requester.sent[0]?.url).toBe('/rest/api/3/search/jql');
  });

  it('sets parent and properties at creation and maps created issues past failures', async () => {
    const requester = scripted([
      reply(201, {
        issues: [
          { id: '10', key: 'SEC-10' },
          { id: '12', key: 'SEC-12' },
        ],
        errors: [
          {
            status: 400,
            failedElementNumber: 1,
            elementErrors: {
              errorMessages: [],
              errors: { priority: 'not on screen' },
            },
          },
        ],
      }),
    ]);

    const result = await createJiraClient(requester).createIssuesBulk([
      newIssue('a', { parentKey: 'ENG-1', priorityName: 'High' }),
      newIssue('b'),
      newIssue('c'),
    ]);

    expect(result.created).toEqual([
      { index: 0, id: '10', key: 'SEC-10' },
      { index: 2, id: '12', key: 'SEC-12' },
    ]);
    expect(result.failed).toEqual([
      { index: 1, status: 400, messages: ['priority: not on screen'] },
    ]);
    const body = requester.sent[0]?.body as {
      issueUpdates: { fields: object; properties: object }[];
    };
    expect(body.issueUpdates[0]?.fields).toMatchObject({
      project: { key: 'SEC' },
      parent: { key: 'ENG-1' },
      priority: { name: 'High' },
    });
    expect(body.issueUpdates[1]?.fields).not.toHaveProperty('parent');
    expect(body.issueUpdates[0]?.properties).toEqual([
      { key: 'threat-model-mitigation', value: { key: 'a' } },
    ]);
  });

  it('reads a 400 with per-issue errors as every issue refused', async () => {
    const refused = {
      status: 400,
      failedElementNumber: 0,
      elementErrors: { errorMessages: ['Issue type is required'], errors: {} },
    };
    const requester = scripted([reply(400, { issues: [], errors: [refused] })]);

    const result = await createJiraClient(requester).createIssuesBulk([
      newIssue('a'),
    ]);

    expect(result).toEqual({
      created: [],
      failed: [{ index: 0, status: 400, messages: ['Issue type is required'] }],
    });
  });

  it('fails a 400 that does not answer per issue', async () => {
    const requester = scripted([reply(400, { errorMessages: ['Bad JSON'] })]);

    const error = await failureOf(
      createJiraClient(requester).createIssuesBulk([newIssue('a')]),
    );

    expect(error.messages).toEqual(['Bad JSON']);
  });

  it('refuses more than 50 issues in one bulk call before sending', async () => {
    const requester = scripted([]);
    const issues = Array.from({ length: 51 }, (_, i) => newIssue(`t${i}`));

    const error = await failureOf(
      createJiraClient(requester).createIssuesBulk(issues),
    );

    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(requester.sent).toHaveLength(0);
  });

  it('carries Jira’s messages and status, never the request body', async () => {
    const requester = scripted([
      reply(400, {
        errorMessages: ['Project is archived'],
        errors: { summary: 'too long' },
      }),
    ]);

    const error = await failureOf(
      createJiraClient(requester).createIssuesBulk([
        newIssue('secret design detail'),
      ]),
    );

    expect(error.status).toBe(400);
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.messages).toEqual([
      'Project is archived',
      'summary: too long',
    ]);
    expect(JSON.stringify(error) + error.message).not.toContain(
      'secret design detail',
    );
  });

  test.each([
    [503, 'SERVER_ERROR', true],
    [429, 'RATE_LIMITED', false],
    [404, 'NOT_FOUND', false],
  ])(
    'maps status %i to %s (outcome unknown: %s)',
    async (status, code, unknown) => {
      const error = await failureOf(
        createJiraClient(scripted([reply(status)])).getIssue('SEC-1', []),
      );

      expect(error.code).toBe(code);
      expect(error.outcomeUnknown).toBe(unknown);
    },
  );

  it('turns a thrown requester into a NETWORK error whose outcome is unknown', async () => {
    const error = await failureOf(
      createJiraClient(scripted([new Error('ETIMEDOUT')])).addComment(
        'SEC-1',
        doc,
      ),
    );

    expect(error.code).toBe('NETWORK');
    expect(error.outcomeUnknown).toBe(true);
  });

  test.each([
    '../../rest/api/3/project',
    'SEC-1/comment',
    'sec-1',
    'SEC-1?x=1',
  ])('refuses the issue key %j before anything is sent', async (key) => {
    const requester = scripted([reply(200, {})]);

    const error = await failureOf(
      createJiraClient(requester).getIssue(key, ['status']),
    );

    expect(error.code).toBe('INVALID_ARGUMENT');
    expect(requester.sent).toHaveLength(0);
  });

  it('answers undefined for a missing issue property', async () => {
    const requester = scripted([reply(404, { errorMessages: ['not found'] })]);

    const value = await createJiraClient(requester).getIssueProperty(
      'SEC-1',
      'threat-model-mitigation',
    );

    expect(value).toBeUndefined();
    expect(requester.sent[0]?.url).toBe(
      '/rest/api/3/issue/SEC-1/properties/threat-model-mitigation',
    );
  });

  it('reads which permissions the principal holds', async () => {
    const requester = scripted([
      reply(200, {
        permissions: {
          EDIT_ISSUES: { havePermission: true },
          CREATE_ISSUES: { havePermission: false },
        },
      }),
    ]);

    const held = await createJiraClient(requester).getMyPermissions('ENG-1', [
      'EDIT_ISSUES',
      'CREATE_ISSUES',
      'BROWSE_PROJECTS',
    ]);

    expect(held).toEqual({
      EDIT_ISSUES: true,
      CREATE_ISSUES: false,
      BROWSE_PROJECTS: false,
    });
    expect(requester.sent[0]?.url).toBe(
      '/rest/api/3/mypermissions?issueKey=ENG-1&permissions=EDIT_ISSUES%2CCREATE_ISSUES%2CBROWSE_PROJECTS',
    );
  });

  it('pages through Agile sprints and adds issues to one', async () => {
    const requester = scripted([
      reply(200, {
        values: [{ id: 1, state: 'future', startDate: null }],
        isLast: false,
      }),
      reply(200, {
        values: [{ id: 2, state: 'future', startDate: '2027-01-04T09:00:00Z' }],
        isLast: true,
      }),
      reply(204),
    ]);
    const jira = createJiraClient(requester);

    const sprints = await jira.getSprints(7, 'future');
    await jira.addIssuesToSprint(2, ['SEC-1', 'SEC-2']);

    expect(sprints.map((sprint) => sprint.id)).toEqual([1, 2]);
    expect(requester.sent[1]?.url).toBe(
      '/rest/agile/1.0/board/7/sprint?state=future&startAt=1&maxResults=50',
    );
    expect(requester.sent[2]?.url).toBe('/rest/agile/1.0/sprint/2/issue');
    expect(requester.sent[2]?.body).toEqual({ issues: ['SEC-1', 'SEC-2'] });
  });

  it('links two issues by link type name', async () => {
    const requester = scripted([reply(201)]);

    await createJiraClient(requester).createIssueLink({
      type: 'Relates',
      inwardKey: 'ENG-1',
      outwardKey: 'SEC-3',
    });

    expect(requester.sent[0]?.body).toEqual({
      type: { name: 'Relates' },
      inwardIssue: { key: 'ENG-1' },
      outwardIssue: { key: 'SEC-3' },
    });
  });
});
