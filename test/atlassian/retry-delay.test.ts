import { backoffDelayMs, serverDelayMs } from '../../src/atlassian/retry-delay';

const NOW = Date.parse('2026-12-01T10:00:00Z');

function headers(values: Record<string, string>): {
  get(name: string): string | null;
} {
  return { get: (name) => values[name.toLowerCase()] ?? null };
}

describe('serverDelayMs', () => {
  test.each([
    ['Retry-After in seconds', { 'retry-after': '7' }, 7000],
    ['a fractional Retry-After', { 'retry-after': '0.5' }, 500],
    [
      'Retry-After as an HTTP date',
      { 'retry-after': 'Tue, 01 Dec 2026 10:00:03 GMT' },
      3000,
    ],
    [
      'X-RateLimit-Reset as an ISO date',
      { 'x-ratelimit-reset': '2026-12-01T10:00:12Z' },
      12000,
    ],
    [
      'X-RateLimit-Reset in epoch seconds',
      { 'x-ratelimit-reset': String(NOW / 1000 + 4) },
      4000,
    ],
    [
      'X-RateLimit-Reset in epoch milliseconds',
      { 'x-ratelimit-reset': String(NOW + 2500) },
      2500,
    ],
    [
      'a reset already past',
      { 'x-ratelimit-reset': '2026-12-01T09:59:00Z' },
      0,
    ],
    [
      'Retry-After before X-RateLimit-Reset',
      { 'retry-after': '1', 'x-ratelimit-reset': '2026-12-01T10:01:00Z' },
      1000,
    ],
  ])('reads %s', (_name, values, expected) => {
    expect(serverDelayMs(headers(values), NOW)).toBe(expected);
  });

  test.each([
    ['no header', {}],
    ['an unreadable reset', { 'x-ratelimit-reset': 'soon' }],
  ])('answers null for %s', (_name, values) => {
    expect(serverDelayMs(headers(values), NOW)).toBeNull();
  });
});

describe('backoffDelayMs', () => {
  const policy = { baseDelayMs: 100, maxDelayMs: 1000 };

  test.each([
    [1, 0, 50],
    [1, 0.999, 100],
    [2, 0.5, 150],
    [3, 0, 200],
    [10, 0.5, 750],
  ])(
    'waits for attempt %i with random %d: %i ms',
    (attempt, random, expected) => {
      expect(backoffDelayMs(attempt, policy, () => random)).toBe(expected);
    },
  );

  it('keeps a broken random source within the bounds', () => {
    expect(backoffDelayMs(1, policy, () => Number.NaN)).toBe(50);
    expect(backoffDelayMs(1, policy, () => 7)).toBe(100);
  });
});
