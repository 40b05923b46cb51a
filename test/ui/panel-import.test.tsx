/** @jest-environment jsdom */
import { answerWith, invoked, ok } from './bridge';
import { fireEvent, screen } from '@testing-library/react';
import { PanelApp } from '../../static/panel/src/PanelApp';
import { epicState } from './fixtures';
import { renderWithDiagram } from './render';

function pick(name: string, text: string): void {
  const input = screen.getByLabelText('Model file to import');
  fireEvent.change(input, {
    target: { files: [new File([text], name, { type: 'text/plain' })] },
  });
}

describe('importing a model file', () => {
  it('sends the file to the importer and says what was skipped', async () => {
    answerWith({
      getEpicState: () => ok(epicState()),
      importModel: () =>
        ok({
          revision: 3,
          skipped: [
            { path: 'line 9', message: 'a click callback is not a flow' },
          ],
        }),
    });
    renderWithDiagram(<PanelApp />);
    await screen.findByRole('button', { name: 'Import from file' });

    pick('shop.yaml', 'schemaVersion: 1\n');

    expect(
      await screen.findByText('Imported shop.yaml, skipping 1 part'),
    ).toBeTruthy();
    expect(screen.getByText(/a click callback is not a flow/)).toBeTruthy();
    expect(invoked('importModel')).toEqual([
      { baseRevision: 2, fileName: 'shop.yaml', text: 'schemaVersion: 1\n' },
    ]);
  });

  it('refuses a format the importers do not read, before sending it', async () => {
    answerWith({ getEpicState: () => ok(epicState()) });
    renderWithDiagram(<PanelApp />);
    await screen.findByRole('button', { name: 'Import from file' });

    pick('shop.exe', 'MZ');

    expect(
      await screen.findByText(/shop\.exe is not a format this app reads/),
    ).toBeTruthy();
    expect(invoked('importModel')).toEqual([]);
  });

  it('shows the importer problems with their lines', async () => {
    answerWith({
      getEpicState: () => ok(epicState()),
      importModel: () => ({
        ok: false,
        error: {
          code: 'PARSE_ERROR',
          message: 'the file could not be read',
          problems: [{ path: 'line 4', message: 'a mapping key is repeated' }],
        },
      }),
    });
    renderWithDiagram(<PanelApp />);
    await screen.findByRole('button', { name: 'Import from file' });

    pick('shop.yml', 'a: 1\na: 2\n');

    expect(await screen.findByText('the file could not be read')).toBeTruthy();
    expect(screen.getByText('Line 4')).toBeTruthy();
    expect(screen.getByText(/a mapping key is repeated/)).toBeTruthy();
  });
});

describe('the panel tabs', () => {
  it('move with the arrow keys and keep one tab in the tab order', async () => {
    answerWith({ getEpicState: () => ok(epicState()) });
    renderWithDiagram(<PanelApp />);
    const model = await screen.findByRole('tab', { name: 'Model' });

    fireEvent.keyDown(model, { key: 'ArrowRight' });

    const threats = screen.getByRole('tab', { name: 'Threats' });
    expect(threats.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(threats);
    expect(model.getAttribute('tabindex')).toBe('-1');
    expect(await screen.findByText('No analysis yet')).toBeTruthy();
  });

  it('shows the revision history with who saved and what changed', async () => {
    answerWith({ getEpicState: () => ok(epicState()) });
    renderWithDiagram(<PanelApp />);

    fireEvent.click(await screen.findByRole('tab', { name: 'History' }));

    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]?.textContent).toContain('acc-ben');
    expect(rows[2]?.textContent).toContain('acc-ana');
  });
});

describe('a failed first load', () => {
  it('shows the error and lets the person try again', async () => {
    let calls = 0;
    answerWith({
      getEpicState: () => {
        calls += 1;
        return calls === 1
          ? {
              ok: false,
              error: {
                code: 'NOT_AN_EPIC',
                message: 'Threat models live on epics.',
              },
            }
          : ok(epicState());
      },
    });
    renderWithDiagram(<PanelApp />);

    fireEvent.click(await screen.findByRole('button', { name: 'Try again' }));

    expect(screen.queryByText('Threat models live on epics.')).toBeNull();
    expect(await screen.findByRole('tab', { name: 'Model' })).toBeTruthy();
  });
});
