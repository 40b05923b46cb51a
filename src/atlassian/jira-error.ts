/**
 * A failed Jira call. It carries the HTTP status, a code a program can test
 * and the messages Jira sent back (`errorMessages` and the per-field
 * `errors`), never the request body, so logging one leaks no issue text
 * the caller sent.
 */
export type JiraErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'SERVER_ERROR'
  | 'NETWORK'
  | 'INVALID_RESPONSE'
  | 'INVALID_ARGUMENT'
  | 'HTTP_ERROR';

export class JiraError extends Error {
  override readonly name = 'JiraError';

  constructor(
    readonly code: JiraErrorCode,
    /** The HTTP status, or 0 when no answer arrived. */
    readonly status: number,
    readonly messages: readonly string[] = [],
  ) {
    super(`Jira answered ${code} (${status})`);
  }

  /**
   * Whether Jira may have acted on the request although the caller saw a
   * failure: a server error or a lost answer. A non-idempotent request in
   * that state must be checked before it is sent again.
   */
  get outcomeUnknown(): boolean {
    return this.code === 'SERVER_ERROR' || this.code === 'NETWORK';
  }
}

export function codeForStatus(status: number): JiraErrorCode {
  if (status === 400) return 'BAD_REQUEST';
  if (status === 401) return 'UNAUTHORIZED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 409) return 'CONFLICT';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'SERVER_ERROR';
  return 'HTTP_ERROR';
}

/** Jira's error messages from an error body; nothing when it is not JSON. */
export function errorMessagesOf(body: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }

  return messagesIn(parsed).slice(0, MAX_MESSAGES);
}

const MAX_MESSAGES = 20;
const MAX_MESSAGE_LENGTH = 500;

function messagesIn(parsed: unknown): string[] {
  if (!isRecord(parsed)) return [];

  const messages: string[] = [];
  const list = parsed['errorMessages'];
  if (Array.isArray(list)) {
    for (const message of list) {
      if (typeof message === 'string') messages.push(clip(message));
    }
  }

  const fields = parsed['errors'];
  if (isRecord(fields)) {
    for (const [field, message] of Object.entries(fields)) {
      if (typeof message === 'string') {
        messages.push(clip(`${field}: ${message}`));
      }
    }
  }

  return messages;
}

function clip(message: string): string {
  return message.length > MAX_MESSAGE_LENGTH
    ? `${message.slice(0, MAX_MESSAGE_LENGTH)}…`
    : message;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
