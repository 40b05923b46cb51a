import type { Requester, RestRequest, RestResponse } from './request';
import { backoffDelayMs, serverDelayMs } from './retry-delay';

/**
 * A Requester that sends a request again after a rate limit (429), a
 * server error (5xx) or a lost answer (the inner requester threw, as on a
 * network error or a timeout), within a number of attempts and a total
 * time budget. The clock, sleep and randomness are injected, so tests run
 * instantly and the core stays deterministic.
 *
 * A request that is not idempotent (see `RestRequest.idempotent`) is sent
 * again only after a 429: after a 5xx or a lost answer Jira may have acted
 * on it, and the caller must look before sending it again. The last
 * failure is handed back as it came: the response, or the thrown error.
 */
export interface RetryOptions {
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Returns a number in [0, 1). */
  readonly random: () => number;
  /** Attempts in all, the first included. */
  readonly maxAttempts?: number;
  /** No wait may end later than this after the first attempt started. */
  readonly budgetMs?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
  /** Called before each wait; for counting and logging, never text. */
  readonly onRetry?: (event: RetryEvent) => void;
}

export interface RetryEvent {
  readonly attempt: number;
  readonly delayMs: number;
  /** The HTTP status, or 0 when the requester threw. */
  readonly status: number;
}

export const RETRY_DEFAULTS = {
  maxAttempts: 5,
  budgetMs: 20_000,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
} as const;

type Outcome =
  | { readonly kind: 'response'; readonly response: RestResponse }
  | { readonly kind: 'thrown'; readonly error: unknown };

export function withRetry(inner: Requester, options: RetryOptions): Requester {
  const maxAttempts = options.maxAttempts ?? RETRY_DEFAULTS.maxAttempts;
  const budgetMs = options.budgetMs ?? RETRY_DEFAULTS.budgetMs;
  const policy = {
    baseDelayMs: options.baseDelayMs ?? RETRY_DEFAULTS.baseDelayMs,
    maxDelayMs: options.maxDelayMs ?? RETRY_DEFAULTS.maxDelayMs,
  };

  return async (request) => {
    const started = options.now();

    for (let attempt = 1; ; attempt++) {
      const outcome = await attemptOnce(inner, request);
      const status = outcome.kind === 'response' ? outcome.response.status : 0;

      const repeatable =
        isRetryableFailure(outcome) &&
        (isIdempotent(request) || status === 429);
      if (!repeatable || attempt >= maxAttempts) return settle(outcome);

      const asked =
        outcome.kind === 'response'
          ? serverDelayMs(outcome.response.headers, options.now())
          : null;
      const delayMs = asked ?? backoffDelayMs(attempt, policy, options.random);
      if (options.now() + delayMs - started > budgetMs) return settle(outcome);

      options.onRetry?.({ attempt, delayMs, status });
      await options.sleep(delayMs);
    }
  };
}

async function attemptOnce(
  inner: Requester,
  request: RestRequest,
): Promise<Outcome> {
  try {
    return { kind: 'response', response: await inner(request) };
  } catch (error) {
    return { kind: 'thrown', error };
  }
}

function settle(outcome: Outcome): RestResponse {
  if (outcome.kind === 'response') return outcome.response;
  throw outcome.error;
}

export function isIdempotent(request: RestRequest): boolean {
  return request.idempotent ?? request.method !== 'POST';
}

function isRetryableFailure(outcome: Outcome): boolean {
  if (outcome.kind === 'thrown') return true;
  return isRetryableStatus(outcome.response.status);
}

/** 429 and the 5xx that can pass: not 501 (never) nor 505 (never). */
export function isRetryableStatus(status: number): boolean {
  if (status === 429) return true;
  return status >= 500 && status <= 599 && status !== 501 && status !== 505;
}
