import { SiteTimeout } from '../../local/api';
import type { LocalSite } from '../../local/site';
import { call, memorySite } from './helpers';

const CALLS = 400;

async function statuses(site: LocalSite, n = CALLS): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i += 1) {
    out.push(
      (await call(site, 'GET', '/rest/api/3/issue/ENG-1?fields=summary'))
        .status,
    );
  }
  return out;
}

const share = (list: number[], pick: (s: number) => boolean) =>
  list.filter(pick).length / list.length;

describe('fault injection', () => {
  it('fails about the configured share of calls with 429 and 5xx', async () => {
    const site = memorySite();
    site.setFaults({ seed: 42, rate429: 0.2, rate5xx: 0.1 });

    const seen = await statuses(site);

    expect(share(seen, (s) => s === 429)).toBeGreaterThan(0.13);
    expect(share(seen, (s) => s === 429)).toBeLessThan(0.27);
    expect(share(seen, (s) => s >= 500)).toBeGreaterThan(0.05);
    expect(share(seen, (s) => s >= 500)).toBeLessThan(0.15);
    expect(new Set(seen.filter((s) => s >= 500))).toEqual(
      new Set([500, 502, 503]),
    );
  });

  it('repeats the same failures for the same seed', async () => {
    const first = memorySite();
    const second = memorySite();
    first.setFaults({ seed: 7, rate429: 0.3 });
    second.setFaults({ seed: 7, rate429: 0.3 });

    expect(await statuses(first, 60)).toEqual(await statuses(second, 60));
  });

  it('gives 429s with Retry-After, with only X-RateLimit-Reset, and with neither', async () => {
    const site = memorySite();
    site.setFaults({ seed: 3, rate429: 1, retryAfterSeconds: 5 });
    const kinds = new Set<string>();

    for (let i = 0; i < 60; i += 1) {
      const answer = await call(site, 'GET', '/rest/api/3/issue/ENG-1');
      kinds.add(
        [
          answer.headers['retry-after'] ?? '-',
          answer.headers['x-ratelimit-reset'] === undefined ? '-' : 'reset',
        ].join(' '),
      );
    }

    expect(kinds).toEqual(new Set(['5 reset', '- reset', '- -']));
  });

  it('holds a timed-out call, then rejects it', async () => {
    const site = memorySite();
    site.setFaults({ rateTimeout: 1, timeoutMs: 5 });

    await expect(
      call(site, 'GET', '/rest/api/3/myself'),
    ).rejects.toBeInstanceOf(SiteTimeout);
  });

  it('never touches admin routes or app storage', async () => {
    const site = memorySite();
    site.setFaults({ rate5xx: 1 });

    const admin = await call(site, 'GET', '/_local/faults');
    const storage = await call(site, 'POST', '/_forge/kvs/api/v1/set', 'app', {
      key: 'k',
      value: 1,
    });

    expect(admin.status).toBe(200);
    expect(admin.body.rate5xx).toBe(1);
    expect(storage.status).toBe(204);
  });

  it('refuses rates that do not add up and unknown settings', () => {
    const site = memorySite();

    expect(() => site.setFaults({ rate429: 0.8, rate5xx: 0.5 })).toThrow(
      'add up',
    );
    expect(() => site.setFaults({ bogus: 1 } as never)).toThrow(
      'unknown fault setting',
    );
  });

  it('takes settings over POST /_local/faults as JSON only', async () => {
    const site = memorySite();
    const post = (type: string) =>
      site.handle({
        method: 'POST',
        url: '/_local/faults',
        headers: { 'content-type': type },
        body: '{"rate429":0.5}',
      });

    const form = await post('text/plain');
    const jsonAnswer = await post('application/json');

    expect([form.status, jsonAnswer.status]).toEqual([415, 200]);
    expect(site.faults.rate429).toBe(0.5);
  });

  it('counts calls per endpoint and keeps no bodies in the log', async () => {
    const site = memorySite();

    await call(site, 'GET', '/rest/api/3/issue/ENG-1');
    await call(site, 'GET', '/rest/api/3/issue/ENG-2');
    await call(
      site,
      'PUT',
      '/rest/api/3/issue/ENG-1/properties/secret',
      'alice',
      { text: 'do-not-log' },
    );

    expect(site.calls).toEqual({
      'GET /rest/api/3/issue/{key}': 2,
      'PUT /rest/api/3/issue/{key}/properties/{propertyKey}': 1,
    });
    expect(JSON.stringify(site.log)).not.toContain('do-not-log');
  });
});
