/** @jest-environment jsdom */
import { answerWith, invoked, ok } from './bridge';
import { fireEvent, screen } from '@testing-library/react';
import type { EpicState } from '../../src/app/contract';
import { PanelApp } from '../../static/panel/src/PanelApp';
import { epicState, SHOP_DIAGRAM } from './fixtures';
import { renderWithDiagram } from './render';

function theirVersion(): EpicState {
  const state = epicState({ revision: 3 });
  return {
    ...state,
    history: [
      ...state.history,
      {
        revision: 3,
        accountId: 'acc-carla',
        at: '2026-12-03T08:15:00Z',
        change: { added: 1, removed: 0, changed: 0 },
      },
    ],
  };
}

describe('saving over a newer revision', () => {
  it('says who saved first and reloads without losing the text', async () => {
    let loads = 0;
    let saves = 0;
    answerWith({
      getEpicState: () => {
        loads += 1;
        return ok(loads === 1 ? epicState() : theirVersion());
      },
      saveModel: () => {
        saves += 1;
        return saves === 1
          ? {
              ok: false,
              error: {
                code: 'CONFLICT',
                message: 'The model changed since you opened it.',
              },
            }
          : ok({ revision: 4 });
      },
    });
    renderWithDiagram(<PanelApp />);
    const mine = `${SHOP_DIAGRAM}\n  shopper -->|HTTPS| db`;
    fireEvent.change(
      await screen.findByRole('textbox', { name: 'Mermaid source' }),
      {
        target: { value: mine },
      },
    );
    await screen.findByText(/3 flows/);

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect(
      await screen.findByText('Someone else saved this model first'),
    ).toBeTruthy();
    expect(
      screen.getByText('The model changed since you opened it.'),
    ).toBeTruthy();
    expect(screen.getByText('acc-carla')).toBeTruthy();

    fireEvent.click(
      screen.getByRole('button', { name: 'Reload, keep my text' }),
    );

    const editor = screen.getByRole<HTMLTextAreaElement>('textbox', {
      name: 'Mermaid source',
    });
    expect(editor.value).toBe(mine);
    expect(await screen.findByText(/ENG-1 · revision 3/)).toBeTruthy();

    await screen.findByText(/3 flows/);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText('Model saved');
    const payloads = invoked('saveModel') as { baseRevision: number }[];
    expect(payloads.map((payload) => payload.baseRevision)).toEqual([2, 3]);
  });
});
