/** @jest-environment jsdom */
import { answerWith, invoked, ok } from './bridge';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { PanelApp } from '../../static/panel/src/PanelApp';
import { epicState, shopAnalysis, shopModel } from './fixtures';

describe('the epic panel analysis', () => {
  it('shows the threat inventory after Analyze', async () => {
    const model = shopModel();
    answerWith({
      getEpicState: () => ok(epicState({ model })),
      analyze: () =>
        ok(
          epicState({
            model,
            analysis: shopAnalysis(model),
            analyzedRevision: 2,
          }),
        ),
    });
    render(<PanelApp />);

    fireEvent.click(await screen.findByRole('button', { name: 'Analyze' }));

    const table = await screen.findByRole('table', {
      name: 'Threat inventory',
    });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(
      within(table).getByText('SQL injection in order search'),
    ).toBeTruthy();
    expect(
      await screen.findByText('Analysis done: 3 threats found'),
    ).toBeTruthy();
    expect(invoked('analyze')).toHaveLength(1);
  });

  it('narrows the inventory by STRIDE category and by severity', async () => {
    const model = shopModel();
    const analysis = shopAnalysis(model);
    answerWith({
      getEpicState: () =>
        ok(epicState({ model, analysis, analyzedRevision: 2 })),
    });
    render(<PanelApp />);
    const table = await screen.findByRole('table', {
      name: 'Threat inventory',
    });

    fireEvent.change(
      screen.getByRole('combobox', { name: 'STRIDE category' }),
      {
        target: { value: 'S' },
      },
    );

    expect(
      within(table).getByText('Stolen session tokens replayed'),
    ).toBeTruthy();
    expect(
      within(table).queryByText('SQL injection in order search'),
    ).toBeNull();
    expect(screen.getByText('Showing 1 of 3 threats')).toBeTruthy();

    fireEvent.change(
      screen.getByRole('combobox', { name: 'STRIDE category' }),
      {
        target: { value: 'all' },
      },
    );
    fireEvent.change(
      screen.getByRole('combobox', { name: 'Residual severity' }),
      {
        target: { value: 'critical' },
      },
    );

    expect(
      within(table).getByText('SQL injection in order search'),
    ).toBeTruthy();
    expect(
      within(table).queryByText('Stolen session tokens replayed'),
    ).toBeNull();
    expect(screen.getByText('Showing 1 of 3 threats')).toBeTruthy();
  });

  it('expands a threat to its actor, factors, references and ticket', async () => {
    const model = shopModel();
    answerWith({
      getEpicState: () =>
        ok(
          epicState({
            model,
            analysis: shopAnalysis(model),
            analyzedRevision: 2,
            tickets: [
              {
                mitigationKey: 'param-queries@api',
                issueKey: 'SEC-7',
                statusCategory: 'indeterminate',
              },
            ],
          }),
        ),
    });
    render(<PanelApp />);

    fireEvent.click(
      await screen.findByRole('button', {
        name: 'SQL injection in order search',
      }),
    );

    expect(screen.getByText('Online fraudster')).toBeTruthy();
    expect(screen.getByText('Crafted requests over the internet')).toBeTruthy();
    expect(screen.getByText('CWE-89')).toBeTruthy();
    const link = screen.getByRole('link', { name: 'SEC-7' });
    expect(link.getAttribute('href')).toBe(
      'https://example.atlassian.net/browse/SEC-7',
    );
    expect(screen.getByText('In progress')).toBeTruthy();
  });

  it('warns when the model changed after the last analysis', async () => {
    const model = shopModel();
    answerWith({
      getEpicState: () =>
        ok(
          epicState({
            model,
            analysis: shopAnalysis(model),
            analyzedRevision: 1,
            stale: true,
          }),
        ),
    });

    render(<PanelApp />);

    expect(
      await screen.findByText('The model changed after the last analysis'),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Analyze again' })).toBeTruthy();
  });
});
