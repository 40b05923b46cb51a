import { path, type RestRequest } from '../../src/atlassian/request';
import { withRetry } from '../../src/atlassian/retry';
import { fakeClock } from './fake-clock';
import { reply, scripted } from './replies';

const read: RestRequest = {
  method: 'GET',
  path: path`/rest/api/3/issue/${'SEC-1'}`,
};
const create: RestRequest = {
  method: 'POST',
  path: path`/rest/api/3/issue/bulk`,
  body: {},
};

function retrying(steps: Parameters<typeof scripted>[0], budgetMs = 60_000) {
  const clock = fakeClock();
  const inner = scripted(steps);
  const requester = withRetry(inner, {
    now: clock.now,
    sleep: clock.sleep,
    random: () => 0.5,
    maxAttempts: 5,
    budgetMs,
    baseDelayMs: 100,
    maxDelayMs: 1000,
  });
  return { requester, inner, clock };
}

describe('withRetry', () => {
  it('waits as long as Retry-After says after a 429', async () => {
    const { requester, clock } = retrying([
      reply(429, {}, { 'Retry-After': '3' }),
      reply(200, { ok: true }),
    ]);

    const response = await requester(read);

    expect(response.status).toBe(200);
    expect(clock.waits).toEqual([3000]);
  });

  it('waits until X-RateLimit-Reset when there is no Retry-After', async () => {
    const { requester, clock } = retrying([
      reply(429, {}, { 'X-RateLimit-Reset': '2026-12-01T10:00:02Z' }),
      reply(
        429,
        {},
        {
          'X-RateLimit-Reset': String(
            Date.parse('2026-12-01T10:00:05Z') / 1000,
          ),
        },
      ),
      reply(200),
    ]);

    await requester(read);

    expect(clock.waits).toEqual([2000, 3000]);
  });

  it('backs off exponentially with jitter when the server names no wait', async () => {
    const { requester, clock } = retrying([
      reply(503),
      reply(502),
      new Error('socket hang up'),
      reply(200),
    ]);

    const response = await requester(read);

    expect(response.status).toBe(200);
    expect(clock.waits).toEqual([75, 150, 300]);
  });

  it('hands back the last failure when the attempts run out', async () => {
    const { requester, inner } = retrying([
      reply(500),
      reply(500),
      reply(500),
      reply(500),
      reply(500),
      reply(200),
    ]);

    const response = await requester(read);

    expect(response.status).toBe(500);
    expect(inner.sent).toHaveLength(5);
  });

  it('stops before a wait that would overrun the time budget', async () => {
    const { requester, inner, clock } = retrying(
      [
        reply(429, {}, { 'Retry-After': '2' }),
        reply(429, {}, { 'Retry-After': '9' }),
        reply(200),
      ],
      5_000,
    );

    const response = await requester(read);

    expect(response.status).toBe(429);
    expect(inner.sent).toHaveLength(2);
    expect(clock.waits).toEqual([2000]);
  });

  it('does not repeat a client error', async () => {
    const { requester, inner } = retrying([
      reply(400, { errorMessages: ['bad'] }),
      reply(200),
    ]);

    const response = await requester(read);

    expect(response.status).toBe(400);
    expect(inner.sent).toHaveLength(1);
  });

  it('repeats a non-idempotent request after a 429, which Jira did not act on', async () => {
    const { requester, inner } = retrying([
      reply(429, {}, { 'Retry-After': '1' }),
      reply(201),
    ]);

    const response = await requester(create);

    expect(response.status).toBe(201);
    expect(inner.sent).toHaveLength(2);
  });

  test.each([
    ['a server error', reply(503)],
    ['a gateway timeout', reply(504)],
  ])(
    'does not repeat a non-idempotent request after %s',
    async (_name, failure) => {
      const { requester, inner } = retrying([failure, reply(201)]);

      const response = await requester(create);

      expect(response.status).toBe(failure.status);
      expect(inner.sent).toHaveLength(1);
    },
  );

  it('rethrows a lost answer to a non-idempotent request at once', async () => {
    const { requester, inner } = retrying([new Error('timeout'), reply(201)]);

    await expect(requester(create)).rejects.toThrow('timeout');
    expect(inner.sent).toHaveLength(1);
  });

  it('repeats a POST marked idempotent, such as a search', async () => {
    const search: RestRequest = {
      ...create,
      path: path`/rest/api/3/search/jql`,
      idempotent: true,
    };
    const { requester, inner } = retrying([new Error('timeout'), reply(200)]);

    const response = await requester(search);

    expect(response.status).toBe(200);
    expect(inner.sent).toHaveLength(2);
  });
});
