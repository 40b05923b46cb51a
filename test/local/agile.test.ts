import { call, memorySite, list } from './helpers';

describe('Agile 1.0', () => {
  it("finds SEC's scrum board and its active and future sprints", async () => {
    const site = memorySite();

    const boards = await call(
      site,
      'GET',
      '/rest/agile/1.0/board?projectKeyOrId=SEC',
    );
    const boardId = boards.body.values[0].id as number;
    const active = await call(
      site,
      'GET',
      `/rest/agile/1.0/board/${boardId}/sprint?state=active`,
    );
    const future = await call(
      site,
      'GET',
      `/rest/agile/1.0/board/${boardId}/sprint?state=future`,
    );

    expect(boards.body).toMatchObject({
      isLast: true,
      values: [{ type: 'scrum', location: { projectKey: 'SEC' } }],
    });
    expect(active.body.values).toEqual([
      expect.objectContaining({
        name: 'SEC Sprint 1',
        state: 'active',
        originBoardId: boardId,
      }),
    ]);
    expect(
      list<{ state: string }>(future.body.values).map((s) => s.state),
    ).toEqual(['future']);
  });

  it('says a kanban board has no sprints and hides boards of projects one cannot see', async () => {
    const site = memorySite();

    const kanban = await call(
      site,
      'GET',
      '/rest/agile/1.0/board/2/sprint?state=active',
    );
    const hidden = await call(
      site,
      'GET',
      '/rest/agile/1.0/board/2/sprint',
      'bob',
    );

    expect(kanban.status).toBe(400);
    expect(hidden.status).toBe(404);
  });

  it('moves up to 50 issues into a sprint and refuses 51', async () => {
    const site = memorySite();
    const created = await call(
      site,
      'POST',
      '/rest/api/3/issue/bulk',
      'alice',
      {
        issueUpdates: Array.from({ length: 50 }, (_, i) => ({
          fields: {
            project: { key: 'SEC' },
            issuetype: { name: 'Task' },
            summary: `Ticket ${i}`,
          },
        })),
      },
    );
    const keys = list<{ key: string }>(created.body.issues).map(
      (issue) => issue.key,
    );

    const fifty = await call(
      site,
      'POST',
      '/rest/agile/1.0/sprint/1/issue',
      'alice',
      { issues: keys },
    );
    const fiftyOne = await call(
      site,
      'POST',
      '/rest/agile/1.0/sprint/2/issue',
      'alice',
      { issues: [...keys, 'SEC-1'] },
    );
    const sprintField = await call(
      site,
      'GET',
      `/rest/api/3/issue/${keys[0] ?? ''}?fields=customfield_10020`,
    );

    expect(fifty.status).toBe(204);
    expect(fiftyOne.status).toBe(400);
    expect(sprintField.body.fields.customfield_10020).toEqual([
      expect.objectContaining({ id: 1, state: 'active' }),
    ]);
  });

  it('refuses carol, who may not schedule issues', async () => {
    const answer = await call(
      memorySite(),
      'POST',
      '/rest/agile/1.0/sprint/1/issue',
      'carol',
      { issues: ['SEC-1'] },
    );

    expect(answer.status).toBe(403);
  });
});

describe('Confluence v2', () => {
  it('answers the page, with the macro configuration in its ADF body', async () => {
    const site = memorySite();

    const page = await call(
      site,
      'GET',
      '/wiki/api/v2/pages/98305?body-format=atlas_doc_format',
    );
    const missing = await call(site, 'GET', '/wiki/api/v2/pages/1');

    const document = JSON.parse(
      page.body.body.atlas_doc_format.value as string,
    ) as {
      content: { attrs: { parameters: { guestParams: unknown } } }[];
    };
    expect(page.body).toMatchObject({
      id: '98305',
      title: 'Payment platform: risk report',
      spaceId: '65537',
    });
    expect(document.content.at(-1)?.attrs.parameters.guestParams).toEqual({
      source: 'epic',
      epicKey: 'ENG-1',
    });
    expect(missing.status).toBe(404);
    expect(missing.body.errors[0]).toMatchObject({
      status: 404,
      code: 'NOT_FOUND',
    });
  });
});
