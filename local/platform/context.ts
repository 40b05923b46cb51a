import type { Principal } from '../auth';
import { ENVIRONMENT_ID } from '../confluence';
import { issueTypeOf, projectOf, visibleIssue } from '../jira/access';
import type { FrameGrant } from '../pages/frames';
import type { LocalSite } from '../site';

/**
 * The context the platform gives a module, built on the server from the
 * frame's grant and the site's current state, never from the browser.
 * A grant whose issue the user can no longer see yields nothing.
 */
export type ModuleContext = Record<string, unknown> & {
  readonly extension: Record<string, unknown>;
};

function extension(
  site: LocalSite,
  grant: FrameGrant,
): Record<string, unknown> | null {
  const core = site.core;
  const target = grant.target;
  if (target.kind === 'issue') {
    const user: Principal = {
      kind: 'user',
      accountId: grant.accountId,
      viaApp: false,
    };
    const issue = visibleIssue(core, user, target.issueKey);
    if (issue === undefined) return null;
    const type = issueTypeOf(core, issue);
    const project = projectOf(core, issue);
    return {
      type: 'jira:issuePanel',
      issue: { id: issue.id, key: issue.key, type: type.name, typeId: type.id },
      project: { id: project.id, key: project.key, type: 'software' },
      isNewToIssue: false,
    };
  }

  const page = core.state.pages.find((p) => p.id === target.pageId);
  const macro = page?.macros.find((m) => m.localId === target.localId);
  const space = core.state.spaces.find((s) => s.key === page?.spaceKey);
  if (page === undefined || macro === undefined || space === undefined)
    return null;
  return {
    type: 'macro',
    content: { id: page.id, type: 'page', subtype: null },
    space: { id: space.id, key: space.key },
    config: structuredClone(macro.config),
    isEditing: grant.mode === 'config',
    references: [],
  };
}

function product(grant: FrameGrant): 'jira' | 'confluence' {
  return grant.target.kind === 'issue' ? 'jira' : 'confluence';
}

/** What a resolver receives as `context`. */
export function resolverContext(
  site: LocalSite,
  grant: FrameGrant,
): ModuleContext | null {
  const ext = extension(site, grant);
  if (ext === null) return null;
  const core = site.core;
  return {
    accountId: grant.accountId,
    cloudId: core.cloudId,
    moduleKey: grant.moduleKey,
    localId:
      grant.target.kind === 'page'
        ? grant.target.localId
        : `${grant.moduleKey}-${grant.target.issueKey}`,
    siteUrl: core.baseUrl,
    environmentId: ENVIRONMENT_ID,
    environmentType: 'DEVELOPMENT',
    installContext: installContext(site, product(grant)),
    extension: ext,
  };
}

/** What the frame's `view.getContext()` answers. */
export function frontendContext(
  site: LocalSite,
  grant: FrameGrant,
): ModuleContext | null {
  const base = resolverContext(site, grant);
  if (base === null) return null;
  return {
    ...base,
    accountType: 'licensed',
    locale: 'en-US',
    timezone: 'UTC',
    // The bridge replaces this with the browser's colour scheme.
    theme: { colorMode: 'light' },
  };
}

export function installContext(
  site: LocalSite,
  product: 'jira' | 'confluence',
): string {
  return `ari:cloud:${product}::site/${site.core.cloudId}`;
}
