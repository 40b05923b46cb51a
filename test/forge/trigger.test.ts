import type { JiraClient } from '../../src/atlassian/jira-client';
import { DEFAULT_SETTINGS } from '../../src/backlog';
import { shopInput } from '../analysis/fixtures';
import { startPlatform, type Platform } from './local-platform';

const TIMEOUT = 120_000;

interface Risk {
  readonly residualScore: number;
  readonly stale: string;
}

describe('mitigation tickets moving on the local site', () => {
  let platform: Platform;
  let alice: JiraClient;
  let tickets: { issueKey: string }[];
  let jobId: string;
  const lines: string[] = [];

  async function risk(): Promise<Risk> {
    return (await alice.getIssueProperty('ENG-1', 'threat-model-risk')) as Risk;
  }

  async function move(
    issueKey: string,
    category: 'done' | 'new',
  ): Promise<void> {
    const transitions = await alice.getTransitions(issueKey);
    const to = transitions.find((t) => t.statusCategory === category);
    if (to === undefined)
      throw new Error(`no way to ${category} from ${issueKey}`);
    await alice.transitionIssue(issueKey, to.id);
  }

  /** What an analysis run now, from the tickets as they are, would say. */
  async function reanalyzed(): Promise<Risk> {
    await platform.call('alice', 'ENG-1', 'analyze', {});
    return risk();
  }

  beforeAll(async () => {
    jest
      .spyOn(console, 'log')
      .mockImplementation((line: string) => lines.push(line));
    platform = startPlatform();
    alice = platform.jiraAs('alice');
    await platform.call('alice', 'ENG-1', 'saveModel', {
      baseRevision: 0,
      model: shopInput(),
    });
    // A ticket for every open mitigation: more than a sync runs inline.
    const settings = await platform.call('alice', 'ENG-1', 'saveSettings', {
      ...DEFAULT_SETTINGS,
      ticketScope: 'all',
    });
    expect(settings.ok).toBe(true);
    await platform.call('alice', 'ENG-1', 'analyze', {});

    const sync = await platform.call('alice', 'ENG-1', 'syncBacklog', {});
    expect(sync).toEqual({
      ok: true,
      data: expect.objectContaining({ state: 'queued' }),
    });
    await platform.runtime.drain();
    jobId = sync.ok ? (sync.data as { jobId: string }).jobId : '';

    const state = await platform.call('alice', 'ENG-1', 'getEpicState', {});
    tickets = state.ok
      ? (state.data as { tickets: { issueKey: string }[] }).tickets
      : [];
    expect(tickets.length).toBeGreaterThan(50);
  }, TIMEOUT);

  afterAll(() => {
    platform.close();
    jest.restoreAllMocks();
  });

  it('reports the queued sync done, to the epic it ran for only', async () => {
    const progress = await platform.call('alice', 'ENG-1', 'getSyncProgress', {
      jobId,
    });
    const elsewhere = await platform.call('alice', 'ENG-2', 'getSyncProgress', {
      jobId,
    });

    expect(progress).toEqual({
      ok: true,
      data: expect.objectContaining({
        jobId,
        state: 'done',
        created: expect.any(Array),
      }),
    });
    expect(
      progress.ok && (progress.data as { created: unknown[] }).created.length,
    ).toBe(tickets.length);
    expect(elsewhere).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'NOT_FOUND' }),
    });
  });

  it('lowers the residual risk and its searchable property when a ticket is done', async () => {
    const before = await risk();

    await move(tickets[0]!.issueKey, 'done');
    await platform.runtime.drain();
    const after = await risk();

    expect(after.residualScore).toBeLessThan(before.residualScore);
    expect(after.stale).toBe('no');
    const found = await alice.searchJql({
      jql: `issue.property[threat-model-risk].residualScore = ${after.residualScore}`,
      fields: ['summary'],
    });

    expect(found.map((issue) => issue.key)).toContain('ENG-1');
  });

  it('ends where a fresh analysis would when every event comes twice', async () => {
    platform.site.setFaults({ duplicateEvents: true });

    await move(tickets[1]!.issueKey, 'done');
    await move(tickets[2]!.issueKey, 'done');
    await platform.runtime.drain();
    const fromEvents = await risk();
    platform.site.setFaults({ duplicateEvents: false });

    expect(fromEvents).toEqual(await reanalyzed());
  });

  it('ends with the ticket as it is now when its done event comes after the reopen', async () => {
    const open = await risk();
    const ticket = tickets[3]!.issueKey;
    await move(ticket, 'done');
    await move(ticket, 'new');
    await platform.runtime.drain();

    // The "moved to Done" event once more, late, as a retry would bring it.
    await platform.runtime.invokeFunction('issue-trigger', {
      payload: {
        eventType: 'avi:jira:updated:issue',
        issue: { key: ticket },
        changelog: {
          items: [{ field: 'status', fieldId: 'status', toString: 'Done' }],
        },
      },
    });

    expect(await risk()).toEqual(open);
  });

  it('logs decisions without the model or issue text', () => {
    const text = lines.join('\n');

    expect(text).toMatch(/mitigation_status_applied/);
    expect(text).not.toMatch(/Shop|Payment platform|Tokenise/);
  });
});
