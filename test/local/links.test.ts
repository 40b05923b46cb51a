import type { IssueEvent } from '../../local/core';
import { call, memorySite, list } from './helpers';

describe('POST /rest/api/3/issueLink', () => {
  it('answers 201 with no body, also for a duplicate, and keeps one link', async () => {
    const site = memorySite();
    const link = {
      type: { name: 'Relates' },
      inwardIssue: { key: 'SEC-1' },
      outwardIssue: { key: 'ENG-1' },
    };

    const first = await call(
      site,
      'POST',
      '/rest/api/3/issueLink',
      'alice',
      link,
    );
    const again = await call(
      site,
      'POST',
      '/rest/api/3/issueLink',
      'alice',
      link,
    );
    const epic = await call(
      site,
      'GET',
      '/rest/api/3/issue/ENG-1?fields=issuelinks',
    );
    const types = await call(site, 'GET', '/rest/api/3/issueLinkType');

    expect([first.status, first.text, again.status]).toEqual([201, '', 201]);
    expect(epic.body.fields.issuelinks).toEqual([
      expect.objectContaining({
        type: expect.objectContaining({ name: 'Relates' }),
        outwardIssue: expect.objectContaining({ key: 'SEC-1' }),
      }),
    ]);
    expect(
      list<{ name: string }>(types.body.issueLinkTypes).map((t) => t.name),
    ).toContain('Relates');
  });

  it('answers 404 for an unknown link type or an issue the caller cannot see', async () => {
    const site = memorySite();

    const badType = await call(site, 'POST', '/rest/api/3/issueLink', 'alice', {
      type: { name: 'Mitigates' },
      inwardIssue: { key: 'SEC-1' },
      outwardIssue: { key: 'ENG-1' },
    });
    const hidden = await call(site, 'POST', '/rest/api/3/issueLink', 'bob', {
      type: { name: 'Relates' },
      inwardIssue: { key: 'SEC-1' },
      outwardIssue: { key: 'ENG-1' },
    });

    expect([badType.status, hidden.status]).toEqual([404, 404]);
  });
});

describe('comments and transitions', () => {
  it('adds an ADF comment and refuses plain text', async () => {
    const site = memorySite();
    const body = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Obsolete' }] },
      ],
    };

    const added = await call(
      site,
      'POST',
      '/rest/api/3/issue/SEC-1/comment',
      'alice',
      { body },
    );
    const plain = await call(
      site,
      'POST',
      '/rest/api/3/issue/SEC-1/comment',
      'alice',
      { body: 'Obsolete' },
    );

    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      id: expect.any(String),
      author: { accountId: 'alice' },
      body,
    });
    expect(plain.status).toBe(400);
  });

  it('moves an issue to Done and tells the platform with a status changelog', async () => {
    const site = memorySite();
    const events: IssueEvent[] = [];
    site.onIssueEvent((event) => events.push(event));

    const listed = await call(
      site,
      'GET',
      '/rest/api/3/issue/SEC-1/transitions',
    );
    const done = list<{ id: string; to: { statusCategory: { key: string } } }>(
      listed.body.transitions,
    ).find((t) => t.to.statusCategory.key === 'done');
    const moved = await call(
      site,
      'POST',
      '/rest/api/3/issue/SEC-1/transitions',
      'alice',
      { transition: { id: done?.id } },
    );
    const invalid = await call(
      site,
      'POST',
      '/rest/api/3/issue/SEC-1/transitions',
      'alice',
      { transition: { id: '999' } },
    );
    const carol = await call(
      site,
      'POST',
      '/rest/api/3/issue/SEC-1/transitions',
      'carol',
      { transition: { id: '11' } },
    );

    expect([moved.status, invalid.status, carol.status]).toEqual([
      204, 400, 403,
    ]);
    expect(events).toEqual([
      expect.objectContaining({
        eventType: 'avi:jira:updated:issue',
        issueKey: 'SEC-1',
        items: [
          expect.objectContaining({
            field: 'status',
            fromString: 'To Do',
            toString: 'Done',
          }),
        ],
      }),
    ]);
  });
});
