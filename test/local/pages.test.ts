import { escapeHtml } from '../../local/pages/html';
import type { LocalSite } from '../../local/site';
import { call, memorySite, toAnswer } from './helpers';

const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>'];

async function get(site: LocalSite, url: string, cookie?: string) {
  return toAnswer(
    await site.handle({
      method: 'GET',
      url,
      headers: cookie === undefined ? {} : { cookie },
    }),
  );
}

async function create(site: LocalSite, summary: string): Promise<string> {
  const answer = await call(site, 'POST', '/rest/api/3/issue', 'alice', {
    fields: {
      project: { key: 'SEC' },
      issuetype: { name: 'Task' },
      summary,
      labels: ['a"b'],
      parent: { key: 'ENG-1' },
    },
  });
  return answer.body.key as string;
}

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>/i;

describe('the HTML pages', () => {
  test.each(HOSTILE)(
    'escape a summary holding %s on the issue, its epic and home',
    async (summary) => {
      const site = memorySite();
      const key = await create(site, summary);

      for (const url of [`/browse/${key}`, '/browse/ENG-1', '/']) {
        const page = await get(site, url);
        expect(page.text).toContain(escapeHtml(summary));
        expect(page.text).not.toContain(summary);
        expect(page.text).not.toMatch(INLINE_SCRIPT);
      }
    },
  );

  it('send a strict Content-Security-Policy without inline scripts or styles', async () => {
    const page = await get(memorySite(), '/browse/ENG-1');

    const csp = page.headers['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(page.text).not.toMatch(/\sstyle=/);
  });

  it('answer 404 for an issue the browsing user cannot see', async () => {
    const site = memorySite();
    const bob = (await get(site, '/_local/login?as=bob')).headers[
      'set-cookie'
    ]?.split(';')[0];

    const page = await get(site, '/browse/ENG-1', bob);

    expect(page.status).toBe(404);
    expect(page.text).not.toContain('Payment platform');
  });

  it('move an issue from the status form only with the session’s CSRF token', async () => {
    const site = memorySite();
    const first = await get(site, '/browse/SEC-1');
    const cookie = first.headers['set-cookie']?.split(';')[0] ?? '';
    const csrf = /name="csrf" value="([^"]+)"/.exec(first.text)?.[1] ?? '';
    const form = (token: string) => ({
      method: 'POST',
      url: '/browse/SEC-1/transition',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: `csrf=${token}&transition=31`,
    });

    const forged = await site.handle(form('guess'));
    const crossSite = await site.handle({
      ...form(csrf),
      headers: { ...form(csrf).headers, origin: 'https://evil.example' },
    });
    const real = await site.handle(form(csrf));

    expect([forged.status, crossSite.status, real.status]).toEqual([
      403, 403, 303,
    ]);
    expect(site.core.state.issues['SEC-1']?.statusId).toBe('10002');
  });

  it('redirect after login only to a local path', async () => {
    const site = memorySite();

    const local = await get(site, '/_local/login?as=carol&next=/browse/ENG-1');
    const away = await get(
      site,
      '/_local/login?as=carol&next=//evil.example/x',
    );

    expect(local.headers['location']).toBe('/browse/ENG-1');
    expect(away.headers['location']).toBe('/');
    expect(local.headers['set-cookie']).toMatch(/HttpOnly; SameSite=Strict/);
  });
});
