/** @jest-environment jsdom */
import { answerWith, invoked, ok } from './bridge';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { PanelApp } from '../../static/panel/src/PanelApp';
import { epicState, SHOP_DIAGRAM } from './fixtures';
import { renderWithDiagram } from './render';

describe('the epic panel model editor', () => {
  it('names the line and the problem of a broken diagram', async () => {
    answerWith({ getEpicState: () => ok(epicState()) });
    renderWithDiagram(<PanelApp />);
    const editor = await screen.findByRole('textbox', {
      name: 'Mermaid source',
    });

    fireEvent.change(editor, {
      target: { value: 'flowchart LR\n  a[A] --> b[B]\n  c[(Broken --> a\n' },
    });

    expect(await screen.findByText('Line 3')).toBeTruthy();
    expect(editor.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByRole<HTMLButtonElement>('button', { name: 'Save' }).disabled,
    ).toBe(true);
  });

  it('adds a typed node to the element table', async () => {
    answerWith({ getEpicState: () => ok(epicState()) });
    renderWithDiagram(<PanelApp />);
    const editor = await screen.findByRole('textbox', {
      name: 'Mermaid source',
    });

    fireEvent.change(editor, {
      target: {
        value: `${SHOP_DIAGRAM}\n  api -->|HTTPS| mail([Mail Service])`,
      },
    });

    expect(
      await screen.findByRole('rowheader', { name: 'Mail Service' }),
    ).toBeTruthy();
    expect(
      await screen.findByText(/The diagram reads: 4 elements, 3 flows/),
    ).toBeTruthy();
  });

  it('saves table edits with the revision they started from', async () => {
    answerWith({
      getEpicState: () => ok(epicState()),
      saveModel: () => ok({ revision: 3 }),
    });
    renderWithDiagram(<PanelApp />);

    fireEvent.change(
      await screen.findByRole('combobox', {
        name: 'Internet facing of Orders API',
      }),
      { target: { value: 'yes' } },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await screen.findByText('Model saved');
    const [payload] = invoked('saveModel') as {
      baseRevision: number;
      model: {
        diagram: string;
        elements: { id: string; attributes: Record<string, unknown> }[];
      };
    }[];
    expect(payload?.baseRevision).toBe(2);
    expect(payload?.model.diagram).toBe(SHOP_DIAGRAM);
    const api = payload?.model.elements.find((element) => element.id === 'api');
    expect(api?.attributes.internetFacing).toBe(true);
  });

  it('keeps a table edit when the diagram text changes after it', async () => {
    answerWith({ getEpicState: () => ok(epicState()) });
    renderWithDiagram(<PanelApp />);
    const select = await screen.findByRole('combobox', {
      name: 'Logging of Orders DB',
    });

    fireEvent.change(select, { target: { value: 'no' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Mermaid source' }), {
      target: { value: `${SHOP_DIAGRAM}\n  shopper -->|HTTPS| db` },
    });

    await screen.findByText(/3 flows/);
    await waitFor(() => {
      expect(
        screen.getByRole<HTMLSelectElement>('combobox', {
          name: 'Logging of Orders DB',
        }).value,
      ).toBe('no');
    });
  });
});
