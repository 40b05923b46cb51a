/** @jest-environment jsdom */
import { answerWith, ok } from './bridge';
import { fireEvent, screen, within } from '@testing-library/react';
import type { RiskReport } from '../../src/app/contract';
import { MacroApp } from '../../static/macro/src/MacroApp';
import { epicState, shopAnalysis, shopModel, ticket } from './fixtures';
import { drawn, renderWithDiagram } from './render';

function entry(key: string, implemented: boolean): RiskReport['epics'][number] {
  const model = shopModel();
  const state = epicState({
    model,
    analysis: shopAnalysis(model, implemented),
  });
  return {
    epic: { ...state.epic, key },
    model,
    analysis: state.analysis,
    tickets: [
      ticket('param-queries@api', 'SEC-11', implemented ? 'done' : 'new'),
    ],
    stale: false,
  };
}

describe('the risk report macro', () => {
  it('shows one epic with its summary, heat map and roadmap', async () => {
    answerWith({
      getRiskReport: () =>
        ok({ epics: [entry('ENG-1', true)], truncated: false }),
    });

    renderWithDiagram(<MacroApp />);

    expect(
      await screen.findByRole('heading', { name: /Threat model: ENG-1/ }),
    ).toBeTruthy();
    expect(
      screen.getByRole('heading', { name: 'Executive summary' }),
    ).toBeTruthy();
    const roadmap = screen.getByRole('table', { name: 'Mitigation roadmap' });
    expect(within(roadmap).getByRole('link', { name: 'SEC-11' })).toBeTruthy();
    expect(within(roadmap).getByText('Done')).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Risk matrix' })).toBeTruthy();
    expect(drawn).toHaveLength(0);
  });

  it('draws the diagram only when asked', async () => {
    answerWith({
      getRiskReport: () =>
        ok({ epics: [entry('ENG-1', false)], truncated: false }),
    });
    renderWithDiagram(<MacroApp />);

    fireEvent.click(
      await screen.findByRole('button', { name: 'Show diagram' }),
    );

    expect(
      await screen.findByRole('button', { name: 'Hide diagram' }),
    ).toBeTruthy();
    expect(drawn).toHaveLength(1);
  });

  it('sums a portfolio of epics', async () => {
    answerWith(
      {
        getRiskReport: () =>
          ok({
            epics: [entry('ENG-1', false), entry('ENG-2', true)],
            truncated: false,
          }),
      },
      { extension: { config: { source: 'jql', jql: 'project = ENG' } } },
    );

    renderWithDiagram(<MacroApp />);

    const table = await screen.findByRole('table', {
      name: 'Residual risk by epic',
    });
    const total = within(table)
      .getByRole('rowheader', { name: 'Total' })
      .closest('tr');
    expect(total).not.toBeNull();
    expect(within(total as HTMLElement).getByText('6')).toBeTruthy();
    expect(within(total as HTMLElement).getByText('Critical')).toBeTruthy();
    expect(
      screen.getAllByRole('table', { name: 'Threat inventory' }),
    ).toHaveLength(2);
  });

  it('asks for a configuration when none is saved', async () => {
    answerWith({
      getRiskReport: () => ({
        ok: false,
        error: { code: 'NOT_CONFIGURED', message: 'No epic chosen.' },
      }),
    });

    renderWithDiagram(<MacroApp />);

    expect(await screen.findByText('Choose what to report')).toBeTruthy();
  });
});

describe('the risk report macro with names that look like markup', () => {
  it('shows them as text in the report and the portfolio', async () => {
    const hostile = entry('ENG-1', false);
    const model = shopModel({ api: '"><img src=x onerror=alert(1)>' });
    const summary = '<script>alert(1)</script>';
    const epics = [
      { ...hostile, epic: { ...hostile.epic, summary }, model },
      entry('ENG-2', false),
    ];
    answerWith({ getRiskReport: () => ok({ epics, truncated: true }) });

    const { container } = renderWithDiagram(<MacroApp />);

    expect(await screen.findAllByText(summary)).not.toHaveLength(0);
    expect(
      screen.getByText('Only the epics you may see are counted.'),
    ).toBeTruthy();
    expect(container.querySelector('img, script')).toBeNull();
  });
});
