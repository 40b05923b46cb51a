import type { SiteCore } from './core';
import { confluenceError, json } from './http';
import type { Route, RouteContext } from './router';
import type { PageRecord } from './types';

/**
 * Confluence Cloud v2: pages and spaces. Bodies come back only when asked
 * for with `body-format`; a Forge macro appears in the ADF body as an
 * extension node whose `guestParams` hold the macro's configuration.
 */

export const ENVIRONMENT_ID = 'local-development';

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function adfBody(core: SiteCore, page: PageRecord) {
  const appId = core.manifest?.appId ?? 'ari:cloud:ecosystem::app/local-app';
  const paragraphs = page.paragraphs.map((text) => ({
    type: 'paragraph',
    content: [{ type: 'text', text }],
  }));
  const macros = page.macros.map((macro) => ({
    type: 'extension',
    attrs: {
      extensionType: 'com.atlassian.ecosystem',
      extensionKey: `${appId.split('/').pop() ?? ''}/${ENVIRONMENT_ID}/static/${macro.moduleKey}`,
      parameters: { localId: macro.localId, guestParams: macro.config },
      layout: 'default',
      localId: macro.localId,
    },
  }));
  return { type: 'doc', version: 1, content: [...paragraphs, ...macros] };
}

function body(core: SiteCore, page: PageRecord, format: string | null) {
  if (format === 'atlas_doc_format') {
    const value = JSON.stringify(adfBody(core, page));
    return { atlas_doc_format: { representation: 'atlas_doc_format', value } };
  }
  if (format === 'storage') {
    const value = page.paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('');
    return { storage: { representation: 'storage', value } };
  }
  return {};
}

export function pageUrl(page: PageRecord): string {
  return `/wiki/spaces/${encodeURIComponent(page.spaceKey)}/pages/${page.id}`;
}

function getPage({ core, params, query }: RouteContext) {
  const page = core.state.pages.find((p) => p.id === params['id']);
  const space = core.state.spaces.find((s) => s.key === page?.spaceKey);
  if (page === undefined || space === undefined) {
    return confluenceError(404, 'NOT_FOUND', 'Not Found');
  }
  return json(200, {
    id: page.id,
    status: 'current',
    title: page.title,
    spaceId: space.id,
    parentId: null,
    authorId: page.authorId,
    createdAt: page.created,
    version: { number: page.version, createdAt: page.created },
    body: body(core, page, query.get('body-format')),
    _links: { webui: pageUrl(page), base: `${core.baseUrl}/wiki` },
  });
}

function getSpace({ core, params }: RouteContext) {
  const space = core.state.spaces.find((s) => s.id === params['id']);
  if (space === undefined)
    return confluenceError(404, 'NOT_FOUND', 'Not Found');
  return json(200, {
    id: space.id,
    key: space.key,
    name: space.name,
    type: 'global',
    status: 'current',
  });
}

export const confluenceRoutes: readonly Route[] = [
  {
    method: 'GET',
    template: '/wiki/api/v2/pages/{id}',
    scope: 'confluence-read',
    handle: getPage,
  },
  {
    method: 'GET',
    template: '/wiki/api/v2/spaces/{id}',
    scope: 'confluence-read',
    handle: getSpace,
  },
];
