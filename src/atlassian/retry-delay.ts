/**
 * How long to wait before sending a refused request again: what the server
 * asked for when it said so, else an exponential backoff with jitter.
 */
export interface Headers {
  get(name: string): string | null;
}

/**
 * The wait the server asked for, in milliseconds, or null when it named
 * none. `Retry-After` (seconds, or an HTTP date) wins; otherwise
 * `X-RateLimit-Reset`, an ISO 8601 date or a Unix epoch in seconds or
 * milliseconds. A time already past means no wait.
 */
export function serverDelayMs(headers: Headers, nowMs: number): number | null {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter !== undefined && retryAfter !== '') {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const at = Date.parse(retryAfter);
    if (Number.isFinite(at)) return Math.max(0, at - nowMs);
  }

  const reset = headers.get('x-ratelimit-reset')?.trim();
  if (reset === undefined || reset === '') return null;
  const at = resetTimeMs(reset);
  return at === null ? null : Math.max(0, at - nowMs);
}

/** Epochs below this are in seconds (it is the year 33658 in seconds). */
const EPOCH_MS_THRESHOLD = 1e12;

function resetTimeMs(value: string): number | null {
  if (/^\d+(\.\d+)?$/.test(value)) {
    const epoch = Number(value);
    return epoch < EPOCH_MS_THRESHOLD ? epoch * 1000 : epoch;
  }

  const at = Date.parse(value);
  return Number.isFinite(at) ? at : null;
}

export interface BackoffPolicy {
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * The wait before attempt `attempt + 1`: base × 2^(attempt − 1), capped,
 * of which a random half is kept ("equal jitter"), so clients refused
 * together do not come back together. `random` returns [0, 1).
 */
export function backoffDelayMs(
  attempt: number,
  policy: BackoffPolicy,
  random: () => number,
): number {
  const exponential = policy.baseDelayMs * 2 ** Math.max(0, attempt - 1);
  const capped = Math.min(policy.maxDelayMs, exponential);
  const half = capped / 2;

  return Math.round(half + half * clampUnit(random()));
}

function clampUnit(value: number): number {
  if (!Number.isFinite(value) || value < 0) return 0;
  return value >= 1 ? 1 : value;
}
