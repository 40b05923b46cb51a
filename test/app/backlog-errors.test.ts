import { JiraError } from '../../src/atlassian/jira-error';
import { BacklogError, toUiError } from '../../src/app/backlog-errors';

describe('toUiError', () => {
  test.each([
    [new JiraError('FORBIDDEN', 403), 'FORBIDDEN'],
    [new JiraError('NOT_FOUND', 404), 'NOT_FOUND'],
    [new JiraError('NETWORK', 0), 'JIRA_ERROR'],
    [
      new JiraError('BAD_REQUEST', 400, ['Field priority cannot be set']),
      'JIRA_ERROR',
    ],
    [
      new BacklogError('NOT_CONFIGURED', 'No such issue type'),
      'NOT_CONFIGURED',
    ],
    [new Error('boom at /srv/app.js:12'), 'INTERNAL'],
  ])('maps %s to %s', (error, code) => {
    expect(toUiError(error).code).toBe(code);
  });

  it('tells the user a busy Jira is safe to retry', () => {
    expect(toUiError(new JiraError('RATE_LIMITED', 429)).message).toMatch(
      /without duplicating/,
    );
  });

  it('passes Jira’s own messages on, never an internal error’s', () => {
    expect(
      toUiError(
        new JiraError('BAD_REQUEST', 400, ['Field priority cannot be set']),
      ).message,
    ).toContain('Field priority cannot be set');
    expect(
      toUiError(new Error('boom at /srv/app.js:12')).message,
    ).not.toContain('/srv');
  });
});
