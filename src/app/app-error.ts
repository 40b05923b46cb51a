import { JiraError } from '../atlassian/jira-error';
import { ThreatModelError, type Problem } from '../model/errors';
import { BacklogError } from './backlog-errors';
import type { ErrorCodeForUi, UiError } from './contract';
import type { Log } from './ports';

/** A refusal the user is told about, with a contract code. */
export class AppError extends Error {
  override readonly name = 'AppError';

  constructor(
    readonly code: ErrorCodeForUi,
    message: string,
    readonly problems: readonly Problem[] = [],
  ) {
    super(message);
  }
}

export const GENERIC_MESSAGE =
  'Something went wrong on our side. Try again; if it keeps failing, tell your administrator.';

/**
 * The error the UI sees. Known errors keep their code and message; an
 * unexpected one is logged once, by class name only, and the user gets a
 * generic message, never a stack or an inner message.
 */
export function toUiError(
  error: unknown,
  log: Log,
  where: { readonly resolver: string; readonly issueKey?: string },
): UiError {
  if (error instanceof AppError) return withProblems(error.code, error);
  if (error instanceof BacklogError)
    return { code: error.code, message: error.message };
  if (error instanceof ThreatModelError) return fromModelError(error);
  if (error instanceof JiraError) return fromJiraError(error);

  const className = error instanceof Error ? error.constructor.name : 'unknown';
  log('unexpected_error', { ...where, errorClass: className });
  return { code: 'INTERNAL', message: GENERIC_MESSAGE };
}

function fromModelError(error: ThreatModelError): UiError {
  switch (error.code) {
    case 'INVALID_MODEL':
    case 'PARSE_ERROR':
    case 'UNSUPPORTED_FORMAT':
    case 'INPUT_TOO_LARGE':
    case 'UNSAFE_INPUT':
      return withProblems(error.code, error);
    case 'INVALID_CATALOG':
    case 'USAGE':
      return { code: 'INTERNAL', message: GENERIC_MESSAGE };
  }
}

function fromJiraError(error: JiraError): UiError {
  if (error.code === 'RATE_LIMITED') {
    return { code: 'BUSY', message: 'Jira is busy. Try again in a minute.' };
  }
  const status = error.status === 0 ? 'no answer' : `HTTP ${error.status}`;
  return {
    code: 'JIRA_ERROR',
    message: `Jira refused the request (${status}).`,
  };
}

function withProblems(
  code: ErrorCodeForUi,
  error: { readonly message: string; readonly problems: readonly Problem[] },
): UiError {
  return error.problems.length === 0
    ? { code, message: error.message }
    : { code, message: error.message, problems: error.problems };
}
