/**
 * The shapes the local Atlassian site keeps and exchanges. The state is
 * plain JSON so it can be written to disk as is; the REST shapes that Jira
 * and Confluence answer are built from it by the route modules.
 */

/** One HTTP exchange, in process or over a socket. */
export interface SiteRequest {
  readonly method: string;
  /** Path and query, e.g. `/rest/api/3/issue/ENG-1?fields=summary`. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** Raw text or bytes; anything else is taken as an already parsed body. */
  readonly body?: unknown;
  /**
   * Which listener received it: the host pages' origin or the separate
   * origin Custom UI frames load from. Unset in process: both.
   */
  readonly surface?: 'host' | 'frame';
}

export interface SiteResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string | Buffer;
}

export type RoleName = 'admin' | 'member' | 'viewer';

export interface UserRecord {
  readonly accountId: string;
  readonly displayName: string;
  readonly email: string;
  /** Role per project key; a missing project means no access at all. */
  readonly roles: Readonly<Record<string, RoleName>>;
  /**
   * Global permissions held, e.g. `ADMINISTER` for a Jira administrator
   * (see local/jira/global.ts); absent in sites saved before they existed.
   */
  readonly globalPermissions?: readonly string[];
}

export interface IssueTypeRecord {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** 1 for epics (whatever their name), 0 for standard types, -1 sub-tasks. */
  readonly hierarchyLevel: number;
}

export interface ProjectRecord {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  /** `classic` is company-managed, `next-gen` team-managed. */
  readonly style: 'classic' | 'next-gen';
  readonly issueTypes: readonly IssueTypeRecord[];
  readonly leadAccountId: string;
  nextNumber: number;
}

export interface CommentRecord {
  readonly id: string;
  readonly authorId: string;
  readonly body: unknown;
  readonly created: string;
}

export interface IssueRecord {
  readonly id: string;
  readonly key: string;
  readonly projectKey: string;
  typeId: string;
  summary: string;
  /** Atlassian Document Format, or null. */
  description: unknown;
  statusId: string;
  priorityId: string;
  labels: string[];
  parentKey: string | null;
  readonly created: string;
  updated: string;
  readonly creatorId: string;
  resolutionDate: string | null;
  properties: Record<string, unknown>;
  comments: CommentRecord[];
  sprintIds: number[];
}

export interface LinkRecord {
  readonly id: string;
  readonly typeId: string;
  readonly inwardKey: string;
  readonly outwardKey: string;
}

export interface BoardRecord {
  readonly id: number;
  readonly name: string;
  readonly type: 'scrum' | 'kanban';
  readonly projectKey: string;
}

export interface SprintRecord {
  readonly id: number;
  readonly boardId: number;
  readonly name: string;
  state: 'active' | 'future' | 'closed';
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly goal: string;
}

export interface MacroRecord {
  readonly localId: string;
  /** The macro module key in the manifest. */
  readonly moduleKey: string;
  config: Record<string, unknown>;
}

export interface PageRecord {
  readonly id: string;
  readonly spaceKey: string;
  title: string;
  /** Plain paragraphs; the seed holds no markup. */
  readonly paragraphs: readonly string[];
  readonly macros: MacroRecord[];
  readonly authorId: string;
  readonly created: string;
  version: number;
}

export interface SpaceRecord {
  readonly id: string;
  readonly key: string;
  readonly name: string;
}

export interface KvsEntry {
  value: unknown;
  readonly createdAt: number;
  updatedAt: number;
  expireTime?: string;
}

/** Everything the site persists, in one JSON document. */
export interface SiteState {
  readonly version: 1;
  counters: { issue: number; comment: number; link: number };
  users: UserRecord[];
  projects: ProjectRecord[];
  issues: Record<string, IssueRecord>;
  links: LinkRecord[];
  boards: BoardRecord[];
  sprints: SprintRecord[];
  spaces: SpaceRecord[];
  pages: PageRecord[];
  /** App storage: plain keys, secrets and custom entities apart. */
  kvs: {
    plain: Record<string, KvsEntry>;
    secret: Record<string, KvsEntry>;
    entity: Record<string, Record<string, KvsEntry>>;
  };
  /** `accountId projectKey` pairs that `forbidUser` took access from. */
  forbidden: string[];
}
