import { isRecord, json, parseBody } from '../http';
import { frontendContext } from '../platform/context';
import type { SiteResponse } from '../types';
import type { FrameGrant } from './frames';
import type { PageContext } from './index';

/**
 * JSON endpoints of the local platform. The frame's: `invoke`, `context`
 * and `submit`, each authorised by the frame's token and the browsing
 * user. The admin's: `faults`, `forbid` and `calls`. POSTs must be JSON
 * (so another site cannot send them without a CORS preflight, which this
 * site never grants) and, when the browser names an Origin, come from one
 * of the site's two origins.
 */

const refuse = (status: number, message: string) =>
  json(status, { ok: false, error: { message } });

function ownOrigins(context: PageContext): string[] {
  const core = context.site.core;
  const origins = [new URL(core.baseUrl).origin];
  if (core.frameBaseUrl !== '') origins.push(new URL(core.frameBaseUrl).origin);
  return origins;
}

function readJson(
  context: PageContext,
):
  | { ok: true; body: Record<string, unknown> }
  | { ok: false; response: SiteResponse } {
  const { request } = context;
  const type = request.headers['content-type'] ?? '';
  const origin = request.headers['origin'];
  if (!type.toLowerCase().startsWith('application/json')) {
    return { ok: false, response: refuse(415, 'Send application/json.') };
  }
  if (origin !== undefined && !ownOrigins(context).includes(origin)) {
    return {
      ok: false,
      response: refuse(403, 'Cross-origin requests are refused.'),
    };
  }
  const parsed = parseBody(request);
  if (!parsed.ok || !isRecord(parsed.value))
    return { ok: false, response: refuse(400, 'Send a JSON object.') };
  return { ok: true, body: parsed.value };
}

function grantFor(
  context: PageContext,
  body: Record<string, unknown>,
): FrameGrant | SiteResponse {
  const grant = context.grants.get(body['token']);
  if (grant === undefined)
    return refuse(401, 'This frame has expired: reload the page.');
  if (grant.accountId !== context.session.accountId) {
    return refuse(403, 'This frame belongs to another user: reload the page.');
  }
  return grant;
}

async function invoke(
  context: PageContext,
  grant: FrameGrant,
  body: Record<string, unknown>,
) {
  const platform = context.site.platform;
  if (platform === null)
    return refuse(503, 'The Forge runtime is not attached to this site.');
  const functionKey = body['functionKey'];
  if (typeof functionKey !== 'string' || functionKey === '')
    return refuse(400, 'functionKey must be a string.');
  try {
    const result = await platform.invoke(
      grant,
      functionKey,
      body['payload'] ?? {},
    );
    return json(200, { ok: true, body: result ?? null });
  } catch (error) {
    const message = error instanceof Error ? error.message : 'unknown error';
    return refuse(500, `There was an error invoking the function - ${message}`);
  }
}

function submit(
  context: PageContext,
  grant: FrameGrant,
  body: Record<string, unknown>,
) {
  if (grant.mode !== 'config' || grant.target.kind !== 'page')
    return refuse(403, "This resource's view is not submittable.");
  const payload = body['payload'];
  const config =
    isRecord(payload) && isRecord(payload['config'])
      ? payload['config']
      : payload;
  if (!isRecord(config) || JSON.stringify(config).length > 16_384) {
    return refuse(
      400,
      'The macro configuration must be an object under 16 KB.',
    );
  }
  const target = grant.target;
  const page = context.site.core.state.pages.find(
    (p) => p.id === target.pageId,
  );
  const macro = page?.macros.find((m) => m.localId === target.localId);
  if (page === undefined || macro === undefined)
    return refuse(404, 'The macro no longer exists.');
  macro.config = structuredClone(config);
  page.version += 1;
  context.site.core.changed();
  return json(200, { ok: true, body: true });
}

export async function frameApiRoute(
  context: PageContext,
): Promise<SiteResponse | null> {
  const path = context.url.pathname;
  const routes = ['/_local/invoke', '/_local/context', '/_local/submit'];
  if (!routes.includes(path) || context.request.method !== 'POST') return null;
  const read = readJson(context);
  if (!read.ok) return read.response;
  const grant = grantFor(context, read.body);
  if (!('token' in grant)) return grant;

  if (path === '/_local/invoke') return invoke(context, grant, read.body);
  if (path === '/_local/submit') return submit(context, grant, read.body);
  const moduleContext = frontendContext(context.site, grant);
  return moduleContext === null
    ? refuse(404, 'The issue or page of this frame is gone.')
    : json(200, { ok: true, body: moduleContext });
}

export function adminRoute(context: PageContext): SiteResponse | null {
  const { site, request, url } = context;
  if (url.pathname === '/_local/calls' && request.method === 'GET') {
    return json(200, { calls: site.calls, log: site.log });
  }
  if (url.pathname === '/_local/faults' && request.method === 'GET')
    return json(200, site.faults);
  if (
    request.method !== 'POST' ||
    !['/_local/faults', '/_local/forbid'].includes(url.pathname)
  )
    return null;

  const read = readJson(context);
  if (!read.ok) return read.response;
  if (url.pathname === '/_local/faults') {
    try {
      return json(200, site.setFaults(read.body));
    } catch (error) {
      return refuse(
        400,
        error instanceof Error ? error.message : 'invalid faults',
      );
    }
  }
  const { accountId, projectKey, allow } = read.body;
  if (typeof accountId !== 'string' || typeof projectKey !== 'string') {
    return refuse(400, 'Send { accountId, projectKey, allow? }.');
  }
  if (allow === true) site.allowUser(accountId, projectKey);
  else site.forbidUser(accountId, projectKey);
  return json(200, { ok: true, forbidden: site.core.state.forbidden });
}
