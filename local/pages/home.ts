import type { Principal } from '../auth';
import { pageUrl } from '../confluence';
import { compareKeys, issueTypeOf, visibleProject } from '../jira/access';
import { statusById } from '../jira/catalog';
import type { LocalSite } from '../site';
import { html } from './html';
import type { PageContext } from './index';
import { page } from './view';

/** The site's home: projects with their epics and issues, wiki pages. */
export function homePage(site: LocalSite, context: PageContext) {
  const core = site.core;
  const principal: Principal = {
    kind: 'user',
    accountId: context.session.accountId,
    viaApp: false,
  };
  const projects = core.state.projects.filter((p) =>
    visibleProject(core, principal, p.key),
  );

  const sections = projects.map((project) => {
    const issues = Object.values(core.state.issues)
      .filter((issue) => issue.projectKey === project.key)
      .sort(compareKeys);
    const rows = issues.map((issue) => {
      const type = issueTypeOf(core, issue);
      const epic =
        type.hierarchyLevel === 1
          ? html` <span class="tag">${type.name}</span>`
          : '';
      return html`<li>
        <a href="/browse/${issue.key}">${issue.key}</a> ${issue.summary}${epic}
        · ${statusById(issue.statusId).name}
      </li>`;
    });
    return html`<section>
      <h2>${project.name} <span class="key">${project.key}</span></h2>
      <ul>
        ${rows}
      </ul>
    </section>`;
  });

  const pages = core.state.pages.map(
    (record) => html`<li><a href="${pageUrl(record)}">${record.title}</a></li>`,
  );
  const faults = site.faults;
  const body = html`<h1>Projects</h1>
    ${sections}
    <h1>Confluence</h1>
    <ul>
      ${pages}
    </ul>
    <h1>Local platform</h1>
    <p>
      Faults: 429 ${faults.rate429}, 5xx ${faults.rate5xx}, timeouts
      ${faults.rateTimeout}, duplicate events
      ${faults.duplicateEvents ? 'on' : 'off'} (POST /_local/faults to change).
      Manifest: ${core.manifest === null ? 'missing' : 'loaded'}.
    </p>`;
  return page(context, 'Home', body);
}
