import type { Principal } from '../auth';
import {
  childrenOf,
  findUser,
  issueTypeOf,
  visibleIssue,
} from '../jira/access';
import { plainText } from '../jira/adf';
import { LINK_TYPES, priorityById, statusById } from '../jira/catalog';
import { availableTransitions } from '../jira/transitions';
import type { LocalSite } from '../site';
import type { IssueRecord } from '../types';
import { html, type Html } from './html';
import type { PageContext } from './index';
import { frameTag, notFoundPage, page } from './view';

/** The issue view: fields, a status mover, children, links, the panel. */

function issueLink(issue: IssueRecord): Html {
  return html`<a href="/browse/${issue.key}">${issue.key}</a> ${issue.summary}`;
}

function transitionForm(context: PageContext, issue: IssueRecord): Html {
  const options = availableTransitions(issue).map(
    (status) =>
      html`<option value="${status.transitionId}">${status.name}</option>`,
  );
  return html`<form
    method="post"
    action="/browse/${issue.key}/transition"
    class="inline"
  >
    <input type="hidden" name="csrf" value="${context.session.csrf}" />
    <label
      >Move to
      <select name="transition">
        ${options}
      </select></label
    >
    <button type="submit">Move</button>
  </form>`;
}

function links(
  site: LocalSite,
  principal: Principal,
  issue: IssueRecord,
): Html[] {
  return site.core.state.links
    .filter((l) => l.inwardKey === issue.key || l.outwardKey === issue.key)
    .flatMap((link) => {
      const type = LINK_TYPES.find((t) => t.id === link.typeId);
      const isOutward = link.outwardKey === issue.key;
      const other = visibleIssue(
        site.core,
        principal,
        isOutward ? link.inwardKey : link.outwardKey,
      );
      if (type === undefined || other === undefined) return [];
      return [
        html`<li>
          ${isOutward ? type.outward : type.inward} ${issueLink(other)}
        </li>`,
      ];
    });
}

function panels(
  site: LocalSite,
  context: PageContext,
  issue: IssueRecord,
): Html {
  if (issueTypeOf(site.core, issue).hierarchyLevel !== 1) return html``;
  const modules =
    site.core.manifest?.uiModules.filter((m) => m.type === 'jira:issuePanel') ??
    [];
  if (modules.length === 0) {
    return html`<section class="panel">
      <p>No <code>jira:issuePanel</code> module in manifest.yml yet.</p>
    </section>`;
  }
  return html`${modules.map((module) => {
    const grant = context.grants.issue({
      moduleKey: module.key,
      moduleType: 'jira:issuePanel',
      resource: module.resource,
      mode: 'view',
      target: { kind: 'issue', issueKey: issue.key },
      accountId: context.session.accountId,
    });
    return html`<section class="panel">
      <h2>${module.title}</h2>
      ${frameTag(site, grant, module.title, `/browse/${issue.key}`)}
    </section>`;
  })}`;
}

export function issuePage(site: LocalSite, context: PageContext, key: string) {
  const principal: Principal = {
    kind: 'user',
    accountId: context.session.accountId,
    viaApp: false,
  };
  const issue = visibleIssue(site.core, principal, key);
  if (issue === undefined)
    return notFoundPage(
      site,
      context,
      'Issue does not exist or you do not have permission to see it.',
    );

  const type = issueTypeOf(site.core, issue);
  const parent =
    issue.parentKey === null
      ? undefined
      : visibleIssue(site.core, principal, issue.parentKey);
  const children = childrenOf(site.core, issue.key).filter((c) =>
    visibleIssue(site.core, principal, c.key),
  );
  const comments = issue.comments.map(
    (c) =>
      html`<li>
        <strong
          >${findUser(site.core, c.authorId)?.displayName ?? c.authorId}</strong
        >: ${plainText(c.body)}
      </li>`,
  );
  const message = context.url.searchParams.get('error');

  const body = html`<h1>
      <span class="key">${issue.key}</span> ${issue.summary}
    </h1>
    ${message === null ? '' : html`<p class="error">${message}</p>`}
    <dl>
      <dt>Type</dt>
      <dd>${type.name} (level ${type.hierarchyLevel})</dd>
      <dt>Status</dt>
      <dd>
        ${statusById(issue.statusId).name} ${transitionForm(context, issue)}
      </dd>
      <dt>Priority</dt>
      <dd>${priorityById(issue.priorityId).name}</dd>
      <dt>Labels</dt>
      <dd>${issue.labels.join(', ') || '—'}</dd>
      <dt>Parent</dt>
      <dd>${parent === undefined ? '—' : issueLink(parent)}</dd>
      <dt>Properties</dt>
      <dd>${Object.keys(issue.properties).join(', ') || '—'}</dd>
    </dl>
    <h2>Description</h2>
    <p class="description">${plainText(issue.description) || '—'}</p>
    <h2>Child issues</h2>
    <ul>
      ${children.map((c) => html`<li>${issueLink(c)} · ${statusById(c.statusId).name}</li>`)}
    </ul>
    <h2>Links</h2>
    <ul>
      ${links(site, principal, issue)}
    </ul>
    <h2>Comments</h2>
    <ul>
      ${comments}
    </ul>
    ${panels(site, context, issue)}`;
  return page(context, `${issue.key} ${issue.summary}`, body);
}
