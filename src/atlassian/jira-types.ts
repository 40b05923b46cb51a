/** The shapes of Jira Cloud REST answers and requests the app uses. */

/** An Atlassian Document Format document, as Jira takes it. */
export interface AdfDocLike {
  readonly type: 'doc';
  readonly version: 1;
  readonly content: readonly unknown[];
}

export interface JiraIssue {
  readonly id: string;
  readonly key: string;
  readonly fields: Readonly<Record<string, unknown>>;
  /** Only the properties the search asked for. */
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface IssueProperty {
  readonly key: string;
  readonly value: unknown;
}

/** One issue for a bulk create. */
export interface NewIssue {
  readonly projectKey: string;
  readonly issueTypeName: string;
  readonly summary: string;
  readonly description: AdfDocLike;
  readonly priorityName?: string;
  readonly labels: readonly string[];
  /** The epic (or other parent) the issue is created under. */
  readonly parentKey?: string;
  /** Set at creation: the issue never exists without them. */
  readonly properties: readonly IssueProperty[];
}

export interface BulkCreated {
  /** Position in the request. */
  readonly index: number;
  readonly id: string;
  readonly key: string;
}

export interface BulkFailed {
  readonly index: number;
  readonly status: number;
  readonly messages: readonly string[];
}

export interface BulkCreateResult {
  readonly created: readonly BulkCreated[];
  readonly failed: readonly BulkFailed[];
}

export interface IssueLink {
  /** The link type's name, e.g. `Relates`. */
  readonly type: string;
  readonly inwardKey: string;
  readonly outwardKey: string;
}

export interface IssueTypeInfo {
  readonly id: string;
  readonly name: string;
  readonly subtask: boolean;
  /** −1 sub-task, 0 standard, 1 epic and above. */
  readonly hierarchyLevel: number;
}

export interface ProjectInfo {
  readonly id: string;
  readonly key: string;
  readonly issueTypes: readonly IssueTypeInfo[];
}

export interface Transition {
  readonly id: string;
  readonly name: string;
  readonly statusCategory: string;
}

export interface Board {
  readonly id: number;
  readonly type: string;
}

export type SprintState = 'active' | 'future' | 'closed';

export interface Sprint {
  readonly id: number;
  readonly state: string;
  /** ISO 8601, when Jira has one. */
  readonly startDate: string | null;
}

export interface SearchQuery {
  readonly jql: string;
  readonly fields: readonly string[];
  readonly properties?: readonly string[];
  /** Per page; Jira caps it (5,000 for ids only, less with fields). */
  readonly pageSize?: number;
  /** Pages read at most; a search longer than that fails. */
  readonly maxPages?: number;
}
