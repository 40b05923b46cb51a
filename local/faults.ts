import { isRecord, jiraTime, json } from './http';
import type { SiteResponse } from './types';

/**
 * Fault injection for product REST calls (never for `/_local/` routes nor
 * app storage): rate limits, server errors and timeouts drawn from a
 * seeded generator, so a run with the same seed fails the same calls.
 * A 429 comes in three kinds, in turn at random: with `Retry-After` and
 * `X-RateLimit-Reset`, with only `X-RateLimit-Reset`, with neither.
 */
export interface FaultConfig {
  readonly seed: number;
  /** Fractions of calls, 0..1; together at most 1. */
  readonly rate429: number;
  readonly rate5xx: number;
  readonly rateTimeout: number;
  /** How long a timed-out call is held before its socket is dropped. */
  readonly timeoutMs: number;
  readonly retryAfterSeconds: number;
  /** Deliver product and queue events twice, to test idempotency. */
  readonly duplicateEvents: boolean;
}

export const NO_FAULTS: FaultConfig = {
  seed: 1,
  rate429: 0,
  rate5xx: 0,
  rateTimeout: 0,
  timeoutMs: 1_000,
  retryAfterSeconds: 1,
  duplicateEvents: false,
};

export type Fault =
  | { readonly kind: 'response'; readonly response: SiteResponse }
  | { readonly kind: 'timeout'; readonly ms: number };

/** mulberry32: small, fast and good enough to pick faults. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Reads a partial configuration; returns an error message when invalid. */
export function mergeFaults(
  base: FaultConfig,
  input: unknown,
): FaultConfig | string {
  if (!isRecord(input)) return 'faults must be an object';
  const next: Record<string, unknown> = { ...base };
  for (const [name, value] of Object.entries(input)) {
    if (!(name in NO_FAULTS)) return `unknown fault setting '${name}'`;
    const expected = typeof NO_FAULTS[name as keyof FaultConfig];
    if (typeof value !== expected)
      return `fault setting '${name}' must be a ${expected}`;
    next[name] = value;
  }
  const config = next as unknown as FaultConfig;
  const rates = [config.rate429, config.rate5xx, config.rateTimeout];
  if (
    rates.some((rate) => rate < 0 || rate > 1) ||
    rates.reduce((a, b) => a + b) > 1
  ) {
    return 'fault rates must be between 0 and 1 and add up to at most 1';
  }
  return config;
}

export class Faults {
  private random: () => number;
  config: FaultConfig = NO_FAULTS;

  constructor(private readonly now: () => Date) {
    this.random = seededRandom(NO_FAULTS.seed);
  }

  configure(config: FaultConfig): void {
    this.config = config;
    this.random = seededRandom(config.seed);
  }

  /** Draws for one call; null lets the call through. */
  draw(): Fault | null {
    const { rate429, rate5xx, rateTimeout } = this.config;
    if (rate429 + rate5xx + rateTimeout === 0) return null;

    const roll = this.random();
    if (roll < rate429)
      return { kind: 'response', response: this.rateLimited() };
    if (roll < rate429 + rate5xx) {
      const status = [500, 502, 503][Math.floor(this.random() * 3)] ?? 500;
      return {
        kind: 'response',
        response: json(status, {
          errorMessages: ['Internal server error'],
          errors: {},
        }),
      };
    }
    if (roll < rate429 + rate5xx + rateTimeout)
      return { kind: 'timeout', ms: this.config.timeoutMs };
    return null;
  }

  private rateLimited(): SiteResponse {
    const seconds = this.config.retryAfterSeconds;
    const reset = jiraTime(new Date(this.now().getTime() + seconds * 1000));
    const variant = Math.floor(this.random() * 3);
    const headers: Record<string, string> =
      variant === 0
        ? { 'retry-after': String(seconds), 'x-ratelimit-reset': reset }
        : variant === 1
          ? { 'x-ratelimit-reset': reset }
          : {};
    return json(
      429,
      { errorMessages: ['Rate limit exceeded.'], errors: {} },
      headers,
    );
  }
}
