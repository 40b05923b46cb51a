import { joinPath, type Requester } from '../../src/atlassian/request';

/**
 * A small Jira for the use-case tests: issues with a type level, a status
 * category and properties, people who may browse or edit per project, and
 * the few endpoints the use cases call. The real local site is exercised
 * by test/forge; this one keeps the use-case tests fast and exact.
 */
export interface FakeIssue {
  id: string;
  key: string;
  level: number;
  summary: string;
  status: 'new' | 'indeterminate' | 'done';
  properties: Record<string, unknown>;
}

export interface FakeUser {
  browse: string[];
  edit: string[];
  admin: string[];
  /** A Jira administrator: holds the global ADMINISTER. */
  jiraAdmin?: boolean;
  /** What `GET /user` answers as displayName; without it, 404. */
  displayName?: string;
}

export type Who = { kind: 'app' } | { kind: 'user'; accountId: string };

export class FakeJira {
  readonly issues = new Map<string, FakeIssue>();
  readonly users = new Map<string, FakeUser>();
  readonly calls: string[] = [];
  private nextId = 10000;

  addIssue(
    key: string,
    level: number,
    extra: Partial<FakeIssue> = {},
  ): FakeIssue {
    const issue = {
      id: String(this.nextId++),
      key,
      level,
      summary: `Summary of ${key}`,
      status: 'new' as const,
      properties: {},
      ...extra,
    };
    this.issues.set(key, issue);
    return issue;
  }

  requester(who: Who): Requester {
    return (request) => {
      const url = joinPath(request.path, request.query);
      this.calls.push(`${request.method} ${url}`);
      const [status, body] = this.answer(
        who,
        request.method,
        url,
        request.body,
      );
      return Promise.resolve({
        status,
        headers: { get: () => null },
        text: () =>
          Promise.resolve(body === undefined ? '' : JSON.stringify(body)),
      });
    };
  }

  private can(
    who: Who,
    what: 'browse' | 'edit' | 'admin',
    issueKey: string,
  ): boolean {
    if (who.kind === 'app') return true;
    const project = issueKey.split('-')[0] ?? '';
    return this.users.get(who.accountId)?.[what].includes(project) ?? false;
  }

  private answer(
    who: Who,
    method: string,
    url: string,
    body: unknown,
  ): [number, unknown] {
    const parsed = new URL(url, 'http://jira.test');
    // ['', 'rest', 'api', '3', resource, key, sub-resource, name]
    const parts = parsed.pathname.split('/').slice(1).map(decodeURIComponent);
    const issue =
      parts[4] === undefined ? undefined : this.issues.get(parts[4]);
    const visible = issue !== undefined && this.can(who, 'browse', issue.key);

    if (parts[3] === 'issue' && parts[5] === undefined && method === 'GET') {
      return visible
        ? [200, this.render(issue, [])]
        : [404, { errorMessages: ['no'] }];
    }
    if (parts[3] === 'issue' && parts[5] === 'properties') {
      if (!visible) return [404, { errorMessages: ['no'] }];
      const name = parts[6] ?? '';
      if (method === 'PUT') {
        if (!this.can(who, 'edit', issue.key)) return [403, {}];
        issue.properties[name] = body;
        return [200, undefined];
      }
      const value = issue.properties[name];
      return value === undefined ? [404, {}] : [200, { key: name, value }];
    }
    if (parts[3] === 'mypermissions')
      return [200, this.permissions(who, parsed.searchParams)];
    if (parts[3] === 'search') return [200, this.search(who, body)];
    if (parts[3] === 'user') {
      const accountId = parsed.searchParams.get('accountId') ?? '';
      const displayName = this.users.get(accountId)?.displayName;
      return displayName === undefined
        ? [404, { errorMessages: ['no such user'] }]
        : [200, { accountId, displayName }];
    }
    if (parts[3] === 'project') return [200, this.project(parts[4] ?? '')];
    return [404, { errorMessages: [`no route ${method} ${url}`] }];
  }

  private render(issue: FakeIssue, properties: readonly string[]) {
    return {
      id: issue.id,
      key: issue.key,
      fields: {
        summary: issue.summary,
        issuetype: { hierarchyLevel: issue.level },
        project: { key: issue.key.split('-')[0] },
        status: { statusCategory: { key: issue.status } },
      },
      properties: Object.fromEntries(
        properties.flatMap((name) =>
          issue.properties[name] === undefined
            ? []
            : [[name, issue.properties[name]]],
        ),
      ),
    };
  }

  private permissions(who: Who, query: URLSearchParams) {
    const key = query.get('issueKey') ?? `${query.get('projectKey') ?? ''}-1`;
    const held = (what: 'browse' | 'edit' | 'admin') => ({
      havePermission: this.can(who, what, key),
    });
    const jiraAdmin =
      who.kind === 'user' && this.users.get(who.accountId)?.jiraAdmin === true;
    return {
      permissions: {
        EDIT_ISSUES: held('edit'),
        ADMINISTER_PROJECTS: held('admin'),
        ADMINISTER: { havePermission: jiraAdmin },
      },
    };
  }

  /** Understands the searches the app makes, and a macro's `project = X`. */
  private search(who: Who, body: unknown) {
    const { jql, properties = [] } = body as {
      jql: string;
      properties?: string[];
    };
    const byEpic =
      /^issue\.property\[threat-model-mitigation\]\.epics = "([^"]+)"/.exec(
        jql,
      );
    const byKey = /^key = "([^"]+)"$/.exec(jql);
    const byProject = /^project = ([A-Z]+)$/.exec(jql);
    const found = [...this.issues.values()].filter((issue) => {
      if (!this.can(who, 'browse', issue.key)) return false;
      if (byKey !== null) return issue.key === byKey[1];
      if (byProject !== null) return issue.key.startsWith(`${byProject[1]}-`);
      const property = issue.properties['threat-model-mitigation'] as
        { epics?: string[] } | undefined;
      return (
        byEpic !== null && (property?.epics ?? []).includes(byEpic[1] ?? '')
      );
    });
    return {
      issues: found.map((issue) => this.render(issue, properties)),
      isLast: true,
    };
  }

  private project(key: string) {
    return {
      id: '1',
      key,
      issueTypes: [
        { id: '1', name: 'Task', subtask: false, hierarchyLevel: 0 },
        { id: '2', name: 'Epic', subtask: false, hierarchyLevel: 1 },
      ],
    };
  }
}
