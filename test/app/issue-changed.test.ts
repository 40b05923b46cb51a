import { onIssueChanged } from '../../src/app/issue-changed';
import { runResolver } from '../../src/app/resolvers';
import { analyzedSite, model, onEpic, type Harness } from './harness';

const MITIGATION = 'M-VALIDATE@api';

interface Risk {
  residualScore: number;
  stale: string;
  analyzedRevision: number;
}

function risk(harness: Harness): Risk {
  return harness.jira.issues.get('ENG-1')?.properties[
    'threat-model-risk'
  ] as Risk;
}

function statusEvent(key: string) {
  return {
    eventType: 'avi:jira:updated:issue',
    issue: { key },
    changelog: { items: [{ field: 'status', fieldId: 'status' }] },
  };
}

function setStatus(
  harness: Harness,
  key: string,
  status: 'new' | 'done',
): void {
  const issue = harness.jira.issues.get(key);
  if (issue !== undefined) issue.status = status;
}

describe('analyze', () => {
  it('stores the analysis with its revision and sets the searchable risk', async () => {
    const harness = await analyzedSite();

    const state = await runResolver(
      'getEpicState',
      harness.ports,
      onEpic(),
      {},
    );

    expect(state.ok && state.data.analyzedRevision).toBe(1);
    expect(state.ok && state.data.stale).toBe(false);
    expect(state.ok && state.data.tickets).toEqual([
      { mitigationKey: MITIGATION, issueKey: 'SEC-1', statusCategory: 'new' },
    ]);
    expect(risk(harness)).toMatchObject({ stale: 'no', analyzedRevision: 1 });
    expect(risk(harness).residualScore).toBeGreaterThan(0);
  });

  it('marks the epic stale once the model changes after its analysis', async () => {
    const harness = await analyzedSite();

    await runResolver('saveModel', harness.ports, onEpic(), {
      baseRevision: 1,
      model: { ...model(), system: { name: 'Shop 2' } },
    });
    const state = await runResolver(
      'getEpicState',
      harness.ports,
      onEpic(),
      {},
    );

    expect(state.ok && state.data.stale).toBe(true);
    expect(risk(harness).stale).toBe('yes');
  });
});

describe('onIssueChanged', () => {
  it('lowers the residual risk when a mitigation ticket moves to Done', async () => {
    const harness = await analyzedSite();
    const before = risk(harness).residualScore;

    setStatus(harness, 'SEC-1', 'done');
    await onIssueChanged(harness.ports, statusEvent('SEC-1'));

    expect(risk(harness).residualScore).toBeLessThan(before);
  });

  it('ends in the same state after a duplicate event', async () => {
    const harness = await analyzedSite();
    setStatus(harness, 'SEC-1', 'done');

    await onIssueChanged(harness.ports, statusEvent('SEC-1'));
    const once = risk(harness);
    await onIssueChanged(harness.ports, statusEvent('SEC-1'));

    expect(risk(harness)).toEqual(once);
  });

  it('follows the ticket as it is now when events come out of order', async () => {
    const harness = await analyzedSite();
    const open = risk(harness).residualScore;

    // Done, then reopened; the "Done" event arrives last.
    setStatus(harness, 'SEC-1', 'done');
    setStatus(harness, 'SEC-1', 'new');
    await onIssueChanged(harness.ports, statusEvent('SEC-1'));
    await onIssueChanged(harness.ports, statusEvent('SEC-1'));

    expect(risk(harness).residualScore).toBe(open);
  });

  it('does nothing with Jira for an edit that moves no status', async () => {
    const harness = await analyzedSite();
    const calls = harness.jira.calls.length;

    await onIssueChanged(harness.ports, {
      eventType: 'avi:jira:updated:issue',
      issue: { key: 'ENG-1' },
      changelog: { items: [{ field: 'summary', fieldId: 'summary' }] },
    });

    expect(harness.jira.calls.length).toBe(calls);
    expect(harness.logs.at(-1)).toEqual({
      event: 'issue_event_ignored',
      fields: { issueKey: 'ENG-1', reason: 'no-status-change' },
    });
  });

  it('ignores a done ticket whose property claims an epic the app never linked', async () => {
    const harness = await analyzedSite();
    const before = risk(harness).residualScore;
    harness.jira.addIssue('ENG-9', 0, {
      status: 'done',
      properties: {
        'threat-model-mitigation': {
          version: 1,
          key: MITIGATION,
          epics: ['ENG-1'],
        },
      },
    });

    await onIssueChanged(harness.ports, statusEvent('ENG-9'));

    expect(risk(harness).residualScore).toBe(before);
  });
});
