import { pageUrl } from '../confluence';
import type { LocalSite } from '../site';
import type { MacroRecord, PageRecord } from '../types';
import { html, type Html } from './html';
import type { PageContext } from './index';
import { frameTag, notFoundPage, page } from './view';

/**
 * A Confluence page with its Forge macros. In edit mode each macro shows
 * its Custom UI configuration resource instead; saving there (the
 * bridge's `submit`) stores the configuration and returns to the view.
 */

function macroFrame(
  site: LocalSite,
  context: PageContext,
  record: PageRecord,
  macro: MacroRecord,
  editing: boolean,
): Html {
  const module = site.core.manifest?.uiModules.find(
    (m) => m.type === 'macro' && m.key === macro.moduleKey,
  );
  if (module === undefined) {
    return html`<p class="note">
      The macro module <code>${macro.moduleKey}</code> is not in manifest.yml
      yet.
    </p>`;
  }
  const resource = editing ? module.configResource : module.resource;
  if (resource === null) {
    return html`<p class="note">
      The macro <code>${module.key}</code> declares no Custom UI configuration
      resource.
    </p>`;
  }

  const grant = context.grants.issue({
    moduleKey: module.key,
    moduleType: 'macro',
    resource,
    mode: editing ? 'config' : 'view',
    target: { kind: 'page', pageId: record.id, localId: macro.localId },
    accountId: context.session.accountId,
  });
  const title = editing ? `Configure ${module.title}` : module.title;
  return frameTag(site, grant, title, pageUrl(record));
}

export function wikiPage(
  site: LocalSite,
  context: PageContext,
  spaceKey: string,
  id: string,
) {
  const record = site.core.state.pages.find(
    (p) => p.id === id && p.spaceKey === spaceKey,
  );
  if (record === undefined)
    return notFoundPage(site, context, 'Page not found.');

  const editing = context.url.searchParams.get('mode') === 'edit';
  const toggle = editing
    ? html`<a href="${pageUrl(record)}">Close the editor</a>`
    : html`<a href="${pageUrl(record)}?mode=edit">Edit</a>`;
  const macros = record.macros.map(
    (macro) =>
      html`<section class="macro">
        ${macroFrame(site, context, record, macro, editing)}
      </section>`,
  );

  const body = html`<p class="crumbs">Confluence · space ${record.spaceKey}</p>
    <h1>${record.title}</h1>
    <p>${toggle}</p>
    ${record.paragraphs.map((text) => html`<p>${text}</p>`)} ${macros}`;
  return page(context, record.title, body);
}
