import {
  installForgeRuntime,
  type ForgeRuntime,
} from '../../local/forge-runtime';
import type { LocalSite } from '../../local/site';
import type { SiteRequest } from '../../local/types';
import { FIXTURE_ROOT, memorySite, toAnswer } from './helpers';

let site: LocalSite;
let runtime: ForgeRuntime;

beforeEach(() => {
  site = memorySite({ root: FIXTURE_ROOT });
  runtime = installForgeRuntime(site, { timeScale: 0, log: () => undefined });
});

afterEach(() => {
  runtime.uninstall();
});

async function browse(
  path: string,
  cookie?: string,
  extra: Partial<SiteRequest> = {},
) {
  const headers = cookie === undefined ? {} : { cookie };
  return toAnswer(
    await site.handle({ method: 'GET', url: path, headers, ...extra }),
  );
}

async function post(path: string, body: unknown, cookie?: string) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
  };
  if (cookie !== undefined) headers['cookie'] = cookie;
  return toAnswer(
    await site.handle({
      method: 'POST',
      url: path,
      headers,
      body: JSON.stringify(body),
    }),
  );
}

async function sessionAs(user: string): Promise<string> {
  const answer = await browse(`/_local/login?as=${user}`);
  return (answer.headers['set-cookie'] ?? '').split(';')[0] ?? '';
}

function frameToken(html: string): string {
  const match = /src="\/_local\/frame\/([A-Za-z0-9_-]+)\/"/.exec(html);
  if (match === null) throw new Error('no frame on the page');
  return match[1] ?? '';
}

describe('Custom UI frames', () => {
  it('shows the panel on epics, including a renamed level-1 type, and not on stories', async () => {
    const epic = await browse('/browse/ENG-1');
    const initiative = await browse('/browse/OPS-1');
    const story = await browse('/browse/ENG-3');

    expect(epic.text).toContain('class="forge-frame"');
    expect(initiative.text).toContain('class="forge-frame"');
    expect(story.text).not.toContain('class="forge-frame"');
  });

  it('serves the resource with the bridge as the first script and a strict CSP', async () => {
    const token = frameToken((await browse('/browse/ENG-1')).text);

    const frame = await browse(`/_local/frame/${token}/`);
    const asset = await browse(`/_local/frame/${token}/assets/app.js`);
    const escape = await browse(
      `/_local/frame/${token}/..%2F..%2F..%2Fpackage.json`,
    );

    expect(frame.text.indexOf('/_local/bridge.js')).toBeLessThan(
      frame.text.indexOf('./assets/app.js'),
    );
    expect(frame.headers['content-security-policy']).toContain(
      "script-src 'self';",
    );
    expect(frame.headers['content-security-policy']).toContain(
      'frame-ancestors http://127.0.0.1:3000',
    );
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toContain('javascript');
    expect(escape.status).toBe(404);
  });

  it('runs the resolver with the context of the token, never of the payload', async () => {
    const token = frameToken((await browse('/browse/ENG-1')).text);

    const answer = await post('/_local/invoke', {
      token,
      functionKey: 'echo',
      payload: { issueKey: 'ENG-2', extension: { issue: { key: 'ENG-2' } } },
    });
    const context = await post('/_local/context', { token });

    expect(answer.body.ok).toBe(true);
    expect(answer.body.body.extension.issue.key).toBe('ENG-1');
    expect(context.body.body).toMatchObject({
      accountId: 'alice',
      moduleKey: 'threat-model-panel',
      extension: { issue: { key: 'ENG-1' } },
    });
  });

  it('refuses another user’s token, a made-up one, and mixed origins', async () => {
    const token = frameToken((await browse('/browse/ENG-1')).text);
    const bob = await sessionAs('bob');

    const stolen = await post(
      '/_local/invoke',
      { token, functionKey: 'echo' },
      bob,
    );
    const unknown = await post('/_local/invoke', {
      token: 'made-up',
      functionKey: 'echo',
    });
    const onHost = await browse(`/_local/frame/${token}/`, undefined, {
      surface: 'host',
    });
    const pageOnFrames = await browse('/browse/ENG-1', undefined, {
      surface: 'frame',
    });

    expect(stolen.status).toBe(403);
    expect(unknown.status).toBe(401);
    expect(onHost.status).toBe(404);
    expect(pageOnFrames.status).toBe(404);
  });

  it('lets only the macro config frame save the macro configuration', async () => {
    const view = frameToken(
      (await browse('/wiki/spaces/ENG/pages/98305')).text,
    );
    const edit = frameToken(
      (await browse('/wiki/spaces/ENG/pages/98305?mode=edit')).text,
    );
    const config = { source: 'jql', jql: 'project = ENG AND issuetype = Epic' };

    const fromView = await post('/_local/submit', {
      token: view,
      payload: { config },
    });
    const fromEdit = await post('/_local/submit', {
      token: edit,
      payload: { config },
    });

    expect(fromView.status).toBe(403);
    expect(fromEdit.body).toEqual({ ok: true, body: true });
    expect(site.core.state.pages[0]?.macros[0]?.config).toEqual(config);
  });

  it('says what to run when a resource is not built', async () => {
    const token = frameToken(
      (await browse('/wiki/spaces/ENG/pages/98305')).text,
    );

    const frame = await browse(`/_local/frame/${token}/`);

    expect(frame.text).toContain('npm run build:ui');
  });
});
