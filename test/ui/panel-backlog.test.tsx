/** @jest-environment jsdom */
import { answerWith, invoked, ok } from './bridge';
import { fireEvent, screen, within } from '@testing-library/react';
import type { Analysis } from '../../src/analysis/types';
import type { SyncProgress, TicketDraft } from '../../src/app/contract';
import { PanelApp } from '../../static/panel/src/PanelApp';
import { epicState, shopAnalysis, shopModel, ticket } from './fixtures';
import { renderWithDiagram } from './render';

function draft(mitigationKey: string, summary: string): TicketDraft {
  return {
    mitigationKey,
    summary,
    priority: 'High',
    projectKey: 'SEC',
    issueType: 'Task',
    labels: ['threat-model'],
    sprint: 'Sprint 12',
    threats: ['sqli@api'],
    severity: 'high',
  };
}

/** The shop's analysis with only the SQL injection's mitigation recommended. */
function oneRecommended(model: ReturnType<typeof shopModel>): Analysis {
  const analysis = shopAnalysis(model);
  return {
    ...analysis,
    mitigations: analysis.mitigations.map((item) => ({
      ...item,
      recommended: item.key === 'param-queries@api',
    })),
  };
}

/** The shop epic, with `analysis` as the analysis of its current revision. */
function analyzed(analysis: Analysis) {
  return () =>
    ok(epicState({ model: shopModel(), analysis, analyzedRevision: 2 }));
}

const created = [
  ticket('param-queries@api', 'SEC-11'),
  ticket('short-sessions@api', 'SEC-12'),
];

function progress(state: SyncProgress['state'], done: number): SyncProgress {
  return {
    jobId: 'job-1',
    state,
    total: 2,
    done,
    created: created.slice(0, done),
  };
}

describe('creating backlog tickets', () => {
  it('previews the tickets, follows their creation and links to them', async () => {
    const model = shopModel();
    const polls = [progress('running', 1), progress('done', 2)];
    answerWith({
      getEpicState: analyzed(oneRecommended(model)),
      previewBacklog: () =>
        ok({
          create: [
            draft(
              'param-queries@api',
              'Use parameterised queries in Orders API',
            ),
            draft(
              'short-sessions@api',
              'Expire sessions quickly in Orders API',
            ),
          ],
          unchanged: [ticket('old@api', 'SEC-3', 'done')],
          obsolete: [],
        }),
      syncBacklog: () => ok(progress('queued', 0)),
      getSyncProgress: () => ok(polls.shift() ?? progress('done', 2)),
    });
    renderWithDiagram(<PanelApp pollMs={5} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Backlog' }));

    fireEvent.click(
      screen.getByRole('button', { name: 'Create backlog tickets' }),
    );

    const preview = await screen.findByRole('table', {
      name: 'Tickets to create',
    });
    expect(
      within(preview).getByText('Use parameterised queries in Orders API'),
    ).toBeTruthy();
    expect(within(preview).getAllByText('SEC')).toHaveLength(2);
    expect(within(preview).getAllByText('Sprint 12')).toHaveLength(2);
    expect(
      screen.getByText(/2 to create, 1 unchanged, 0 obsolete/),
    ).toBeTruthy();
    expect(
      within(screen.getByRole('region', { name: 'Ticket preview' })).getByText(
        'Recommended now: 1 of 2 mitigations. The others stay on the roadmap.',
      ),
    ).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Create 2 tickets' }));

    expect(await screen.findByText('Creating tickets: 0 of 2')).toBeTruthy();
    expect(await screen.findByText('Created 2 tickets')).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'SEC-11' }).getAttribute('href'),
    ).toBe('https://example.atlassian.net/browse/SEC-11');
    expect(screen.getByRole('link', { name: 'SEC-12' })).toBeTruthy();
    expect(invoked('getSyncProgress')).toEqual([
      { jobId: 'job-1' },
      { jobId: 'job-1' },
    ]);
  });

  it('shows the error of a preview that fails', async () => {
    const model = shopModel();
    answerWith({
      getEpicState: analyzed(shopAnalysis(model)),
      previewBacklog: () => ({
        ok: false,
        error: {
          code: 'NOT_CONFIGURED',
          message: 'Choose a backlog project in the settings first.',
        },
      }),
    });
    renderWithDiagram(<PanelApp pollMs={5} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Backlog' }));

    fireEvent.click(
      screen.getByRole('button', { name: 'Create backlog tickets' }),
    );

    expect(
      await screen.findByText(
        'Choose a backlog project in the settings first.',
      ),
    ).toBeTruthy();
  });

  it('marks the recommended mitigations in the threat inventory', async () => {
    const model = shopModel();
    answerWith({
      getEpicState: analyzed(oneRecommended(model)),
    });
    renderWithDiagram(<PanelApp pollMs={5} />);

    fireEvent.click(
      await screen.findByRole('button', {
        name: 'SQL injection in order search',
      }),
    );
    fireEvent.click(
      screen.getByRole('button', { name: 'Stolen session tokens replayed' }),
    );

    const line = (title: string) => {
      const found = screen
        .getAllByRole('listitem')
        .find((item) => within(item).queryByText(title) !== null);
      if (found === undefined) throw new Error(`no line for ${title}`);
      return within(found);
    };
    expect(
      line('Use parameterised queries').getByText('Recommended'),
    ).toBeTruthy();
    expect(
      line('Expire sessions quickly').queryByText('Recommended'),
    ).toBeNull();
  });
});
