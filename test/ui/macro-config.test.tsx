/** @jest-environment jsdom */
import { answerWith, calls } from './bridge';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ConfigApp } from '../../static/macro-config/src/ConfigApp';

describe('the macro config screen', () => {
  it('refuses a key that is not an issue key', async () => {
    answerWith({});
    render(<ConfigApp />);

    fireEvent.change(await screen.findByRole('textbox', { name: 'Epic key' }), {
      target: { value: 'not a key' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'Enter an issue key such as ENG-42.',
    );
    expect(calls.filter((call) => call.name === 'submit')).toHaveLength(0);
  });

  it('submits an epic key through the bridge', async () => {
    answerWith({});
    render(<ConfigApp />);

    fireEvent.change(await screen.findByRole('textbox', { name: 'Epic key' }), {
      target: { value: ' eng-42 ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    await waitFor(() => {
      expect(calls.filter((call) => call.name === 'submit')).toEqual([
        {
          name: 'submit',
          payload: { config: { source: 'epic', epicKey: 'ENG-42' } },
        },
      ]);
    });
  });

  it('opens on the saved JQL and refuses one that is too long', async () => {
    answerWith(
      {},
      { extension: { config: { source: 'jql', jql: 'project = ENG' } } },
    );
    render(<ConfigApp />);
    const jql = await screen.findByRole('textbox', { name: 'JQL' });
    expect((jql as HTMLTextAreaElement).value).toBe('project = ENG');

    fireEvent.change(jql, { target: { value: 'x'.repeat(2001) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    expect((await screen.findByRole('alert')).textContent).toMatch(
      /under 2000 characters/,
    );
  });
});
