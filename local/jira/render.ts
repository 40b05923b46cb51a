import { APP_ACCOUNT_ID } from '../auth';
import type { SiteCore } from '../core';
import type {
  IssueRecord,
  IssueTypeRecord,
  ProjectRecord,
  SprintRecord,
} from '../types';
import {
  childrenOf,
  findIssue,
  findUser,
  issueTypeOf,
  projectOf,
} from './access';
import {
  categoryOf,
  LINK_TYPES,
  priorityById,
  statusById,
  type LinkType,
} from './catalog';

/** Builds the JSON Jira Cloud answers for issues and their parts. */

export const SPRINT_FIELD = 'customfield_10020';

export function issueTypeJson(core: SiteCore, type: IssueTypeRecord) {
  return {
    self: `${core.baseUrl}/rest/api/3/issuetype/${type.id}`,
    id: type.id,
    description: type.description,
    iconUrl: `${core.baseUrl}/_local/static/issuetype.svg`,
    name: type.name,
    untranslatedName: type.name,
    subtask: type.hierarchyLevel < 0,
    hierarchyLevel: type.hierarchyLevel,
  };
}

export function projectRefJson(core: SiteCore, project: ProjectRecord) {
  return {
    self: `${core.baseUrl}/rest/api/3/project/${project.id}`,
    id: project.id,
    key: project.key,
    name: project.name,
    projectTypeKey: 'software',
    simplified: project.style === 'next-gen',
  };
}

export function statusJson(core: SiteCore, statusId: string) {
  const status = statusById(statusId);
  const category = categoryOf(status.category);
  return {
    self: `${core.baseUrl}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: `${core.baseUrl}/_local/static/status.svg`,
    name: status.name,
    id: status.id,
    statusCategory: {
      self: `${core.baseUrl}/rest/api/3/statuscategory/${category.id}`,
      id: category.id,
      key: category.key,
      colorName: category.colorName,
      name: category.name,
    },
  };
}

export function priorityJson(core: SiteCore, priorityId: string) {
  const priority = priorityById(priorityId);
  return {
    self: `${core.baseUrl}/rest/api/3/priority/${priority.id}`,
    iconUrl: `${core.baseUrl}/_local/static/priority.svg`,
    name: priority.name,
    id: priority.id,
  };
}

export function userJson(core: SiteCore, accountId: string) {
  const user = findUser(core, accountId);
  const isApp = accountId === APP_ACCOUNT_ID;
  return {
    self: `${core.baseUrl}/rest/api/3/user?accountId=${accountId}`,
    accountId,
    accountType: isApp ? 'app' : 'atlassian',
    displayName: user?.displayName ?? (isApp ? 'Threat model app' : accountId),
    active: true,
    timeZone: 'Etc/UTC',
  };
}

export function linkTypeJson(core: SiteCore, type: LinkType) {
  return {
    ...type,
    self: `${core.baseUrl}/rest/api/3/issueLinkType/${type.id}`,
  };
}

export function sprintJson(core: SiteCore, sprint: SprintRecord) {
  return {
    id: sprint.id,
    self: `${core.baseUrl}/rest/agile/1.0/sprint/${sprint.id}`,
    state: sprint.state,
    name: sprint.name,
    startDate: sprint.startDate ?? undefined,
    endDate: sprint.endDate ?? undefined,
    originBoardId: sprint.boardId,
    goal: sprint.goal,
  };
}

/** The short form of a linked, parent or child issue. */
export function issueRefJson(core: SiteCore, issue: IssueRecord) {
  return {
    id: issue.id,
    key: issue.key,
    self: `${core.baseUrl}/rest/api/3/issue/${issue.id}`,
    fields: {
      summary: issue.summary,
      status: statusJson(core, issue.statusId),
      priority: priorityJson(core, issue.priorityId),
      issuetype: issueTypeJson(core, issueTypeOf(core, issue)),
    },
  };
}

function linksJson(core: SiteCore, issue: IssueRecord) {
  return core.state.links
    .filter((l) => l.inwardKey === issue.key || l.outwardKey === issue.key)
    .flatMap((link) => {
      const type = LINK_TYPES.find((t) => t.id === link.typeId);
      const isInward = link.inwardKey === issue.key;
      const other = findIssue(
        core,
        isInward ? link.outwardKey : link.inwardKey,
      );
      if (type === undefined || other === undefined) return [];
      const side = isInward ? 'inwardIssue' : 'outwardIssue';
      return [
        {
          id: link.id,
          self: `${core.baseUrl}/rest/api/3/issueLink/${link.id}`,
          type: linkTypeJson(core, type),
          [side]: issueRefJson(core, other),
        },
      ];
    });
}

/** Every field the local Jira knows, keyed as Jira keys them. */
export function allFields(
  core: SiteCore,
  issue: IssueRecord,
): Record<string, unknown> {
  const parent =
    issue.parentKey === null ? undefined : findIssue(core, issue.parentKey);
  const subtasks = childrenOf(core, issue.key).filter(
    (child) => issueTypeOf(core, child).hierarchyLevel < 0,
  );
  const sprints = core.state.sprints.filter((s) =>
    issue.sprintIds.includes(s.id),
  );
  const done = statusById(issue.statusId).category === 'done';

  return {
    summary: issue.summary,
    description: issue.description,
    issuetype: issueTypeJson(core, issueTypeOf(core, issue)),
    project: projectRefJson(core, projectOf(core, issue)),
    status: statusJson(core, issue.statusId),
    priority: priorityJson(core, issue.priorityId),
    labels: [...issue.labels],
    ...(parent === undefined ? {} : { parent: issueRefJson(core, parent) }),
    issuelinks: linksJson(core, issue),
    subtasks: subtasks.map((child) => issueRefJson(core, child)),
    created: issue.created,
    updated: issue.updated,
    creator: userJson(core, issue.creatorId),
    reporter: userJson(core, issue.creatorId),
    assignee: null,
    resolution: done ? { id: '10000', name: 'Done', description: '' } : null,
    resolutiondate: issue.resolutionDate,
    [SPRINT_FIELD]:
      sprints.length === 0 ? null : sprints.map((s) => sprintJson(core, s)),
  };
}
