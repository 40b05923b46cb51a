import * as agile from './jira-agile';
import { createIssuesBulk } from './jira-bulk';
import * as issues from './jira-issues';
import { getProject } from './jira-project';
import { searchJql } from './jira-search';
import type {
  AdfDocLike,
  Board,
  BulkCreateResult,
  IssueLink,
  JiraIssue,
  NewIssue,
  ProjectInfo,
  SearchQuery,
  Sprint,
  SprintState,
  Transition,
} from './jira-types';
import type { Requester } from './request';

/**
 * A typed Jira Cloud client over one Requester. Who it acts as (the user
 * or the app) is the requester's business; wrap the requester in
 * `withRetry` for resilience. Every failure is a `JiraError`.
 */
export interface JiraClient {
  /** The issue's fields, and the named properties when asked. */
  getIssue(
    key: string,
    fields: readonly string[],
    properties?: readonly string[],
  ): Promise<JiraIssue>;
  getMyPermissions(
    issueKey: string,
    permissions: readonly string[],
  ): Promise<Record<string, boolean>>;
  searchJql(query: SearchQuery): Promise<JiraIssue[]>;
  /** At most BULK_CREATE_LIMIT issues; not idempotent. */
  createIssuesBulk(issues: readonly NewIssue[]): Promise<BulkCreateResult>;
  updateIssueFields(
    key: string,
    fields: Readonly<Record<string, unknown>>,
  ): Promise<void>;
  setIssueProperty(
    key: string,
    property: string,
    value: unknown,
  ): Promise<void>;
  /** Undefined when the issue or the property does not exist. */
  getIssueProperty(key: string, property: string): Promise<unknown>;
  createIssueLink(link: IssueLink): Promise<void>;
  /** Not idempotent. */
  addComment(key: string, body: AdfDocLike): Promise<{ id: string }>;
  getTransitions(key: string): Promise<Transition[]>;
  transitionIssue(key: string, transitionId: string): Promise<void>;
  getProject(projectKey: string): Promise<ProjectInfo>;
  getBoards(projectKey: string): Promise<Board[]>;
  getSprints(boardId: number, state: SprintState): Promise<Sprint[]>;
  /** At most SPRINT_ADD_LIMIT issues. */
  addIssuesToSprint(
    sprintId: number,
    issueKeys: readonly string[],
  ): Promise<void>;
}

export function createJiraClient(requester: Requester): JiraClient {
  return {
    getIssue: (key, fields, properties) =>
      issues.getIssue(requester, key, fields, properties),
    getMyPermissions: (key, permissions) =>
      issues.getMyPermissions(requester, key, permissions),
    searchJql: (query) => searchJql(requester, query),
    createIssuesBulk: (list) => createIssuesBulk(requester, list),
    updateIssueFields: (key, fields) =>
      issues.updateIssueFields(requester, key, fields),
    setIssueProperty: (key, property, value) =>
      issues.setIssueProperty(requester, key, property, value),
    getIssueProperty: (key, property) =>
      issues.getIssueProperty(requester, key, property),
    createIssueLink: (link) => issues.createIssueLink(requester, link),
    addComment: (key, body) => issues.addComment(requester, key, body),
    getTransitions: (key) => issues.getTransitions(requester, key),
    transitionIssue: (key, id) => issues.transitionIssue(requester, key, id),
    getProject: (key) => getProject(requester, key),
    getBoards: (key) => agile.getBoards(requester, key),
    getSprints: (boardId, state) => agile.getSprints(requester, boardId, state),
    addIssuesToSprint: (sprintId, keys) =>
      agile.addIssuesToSprint(requester, sprintId, keys),
  };
}

export { BULK_CREATE_LIMIT } from './jira-bulk';
export { SPRINT_ADD_LIMIT } from './jira-agile';
export { JiraError } from './jira-error';
export type * from './jira-types';
