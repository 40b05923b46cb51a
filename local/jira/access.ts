import { hasPermission, type PermissionKey, type Principal } from '../auth';
import { scopesOf, type SiteCore } from '../core';
import type {
  IssueRecord,
  IssueTypeRecord,
  ProjectRecord,
  UserRecord,
} from '../types';

/** Look-ups every Jira route needs, with Jira's visibility rules. */

export function findIssue(
  core: SiteCore,
  keyOrId: string,
): IssueRecord | undefined {
  const key = keyOrId.toUpperCase();
  const byKey = core.state.issues[key];
  if (byKey !== undefined) return byKey;
  return Object.values(core.state.issues).find((i) => i.id === keyOrId);
}

export function findProject(
  core: SiteCore,
  keyOrId: string,
): ProjectRecord | undefined {
  const key = keyOrId.toUpperCase();
  return core.state.projects.find((p) => p.key === key || p.id === keyOrId);
}

export function can(
  core: SiteCore,
  principal: Principal,
  projectKey: string,
  permission: PermissionKey,
): boolean {
  return hasPermission(
    core.state,
    scopesOf(core),
    principal,
    projectKey,
    permission,
  );
}

/** The issue if it exists and the caller may browse its project. */
export function visibleIssue(
  core: SiteCore,
  principal: Principal,
  keyOrId: string,
): IssueRecord | undefined {
  const issue = findIssue(core, keyOrId);
  if (issue === undefined) return undefined;
  return can(core, principal, issue.projectKey, 'BROWSE_PROJECTS')
    ? issue
    : undefined;
}

export function visibleProject(
  core: SiteCore,
  principal: Principal,
  keyOrId: string,
): ProjectRecord | undefined {
  const project = findProject(core, keyOrId);
  if (project === undefined) return undefined;
  return can(core, principal, project.key, 'BROWSE_PROJECTS')
    ? project
    : undefined;
}

export function projectOf(core: SiteCore, issue: IssueRecord): ProjectRecord {
  const project = findProject(core, issue.projectKey);
  if (project === undefined) {
    throw new Error(`issue ${issue.key} names a missing project`);
  }
  return project;
}

export function issueTypeOf(
  core: SiteCore,
  issue: IssueRecord,
): IssueTypeRecord {
  const type = projectOf(core, issue).issueTypes.find(
    (t) => t.id === issue.typeId,
  );
  if (type === undefined) {
    throw new Error(`issue ${issue.key} has an unknown issue type`);
  }
  return type;
}

export function findUser(
  core: SiteCore,
  accountId: string,
): UserRecord | undefined {
  return core.state.users.find((user) => user.accountId === accountId);
}

export function childrenOf(core: SiteCore, key: string): IssueRecord[] {
  return Object.values(core.state.issues)
    .filter((issue) => issue.parentKey === key)
    .sort(compareKeys);
}

/** Orders ENG-2 before ENG-10, as Jira's `ORDER BY key` does. */
export function compareKeys(a: IssueRecord, b: IssueRecord): number {
  if (a.projectKey !== b.projectKey) {
    return a.projectKey < b.projectKey ? -1 : 1;
  }
  return issueNumber(a.key) - issueNumber(b.key);
}

function issueNumber(key: string): number {
  return Number(key.slice(key.lastIndexOf('-') + 1));
}
