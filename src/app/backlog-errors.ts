import { JiraError } from '../atlassian/jira-error';
import type { ErrorCodeForUi, UiError } from './contract';

/** A sync that cannot start as configured, or was refused a step. */
export class BacklogError extends Error {
  override readonly name = 'BacklogError';

  constructor(
    readonly code: ErrorCodeForUi,
    message: string,
  ) {
    super(message);
  }
}

/** What the panel shows for a failed sync: never a stack, never issue text. */
export function toUiError(error: unknown): UiError {
  if (error instanceof BacklogError) {
    return { code: error.code, message: error.message };
  }
  if (!(error instanceof JiraError)) {
    return { code: 'INTERNAL', message: 'The sync failed unexpectedly.' };
  }

  switch (error.code) {
    case 'UNAUTHORIZED':
    case 'FORBIDDEN':
      return {
        code: 'FORBIDDEN',
        message:
          'Jira refused a step of the sync: check your permissions in the backlog project.',
      };
    case 'NOT_FOUND':
      return {
        code: 'NOT_FOUND',
        message: 'Jira did not find an issue or project the sync needs.',
      };
    case 'RATE_LIMITED':
    case 'SERVER_ERROR':
    case 'NETWORK':
      return {
        code: 'JIRA_ERROR',
        message:
          'Jira is busy or unreachable. Run the sync again: ' +
          'it resumes without duplicating tickets.',
      };
    case 'BAD_REQUEST':
    case 'CONFLICT':
    case 'INVALID_RESPONSE':
    case 'INVALID_ARGUMENT':
    case 'HTTP_ERROR':
      return {
        code: 'JIRA_ERROR',
        message: [
          'Jira refused a request of the sync.',
          ...error.messages,
        ].join(' '),
      };
  }
}
