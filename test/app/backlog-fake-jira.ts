import type { JiraClient } from '../../src/atlassian/jira-client';
import { JiraError } from '../../src/atlassian/jira-error';
import type { JiraIssue, NewIssue } from '../../src/atlassian/jira-types';

/**
 * A tiny in-memory Jira behind the JiraClient interface, for unit tests of
 * the sync's decisions. It understands only the JQL the sync writes.
 * The local site (local/) is the honest stand-in; this one is small.
 */
export interface FakeIssue {
  key: string;
  project: string;
  parent: string | null;
  priority: string;
  status: 'new' | 'indeterminate' | 'done';
  properties: Record<string, unknown>;
  links: string[];
  comments: number;
  sprint: number | null;
}

const WRITES = [
  'createIssuesBulk',
  'updateIssueFields',
  'setIssueProperty',
  'createIssueLink',
  'addComment',
  'addIssuesToSprint',
  'transitionIssue',
] as const;

export interface FakeJira {
  readonly jira: JiraClient;
  readonly issues: Map<string, FakeIssue>;
  readonly calls: Record<string, number>;
  writes(): number;
  /** Runs `hook` before each call of that method; it may throw. */
  before(method: keyof JiraClient, hook: (() => void) | null): void;
  /** Issues created but not yet searchable, as Jira's index lags. */
  readonly unindexed: Set<string>;
  /** Whether new issues wait in `unindexed` until `index()`. */
  lagging: boolean;
  index(): void;
}

export function fakeJira(
  sprints: { active: number[]; future: number[] } = {
    active: [7],
    future: [8],
  },
): FakeJira {
  const issues = new Map<string, FakeIssue>();
  const calls: Record<string, number> = {};
  const hooks = new Map<string, () => void>();
  const unindexed = new Set<string>();
  let next = 1001;

  const view = (issue: FakeIssue): JiraIssue => ({
    id: issue.key.replace(/\D/g, ''),
    key: issue.key,
    fields: {
      status: { statusCategory: { key: issue.status } },
      parent: issue.parent === null ? undefined : { key: issue.parent },
      issuelinks: issue.links.map((key) => ({ inwardIssue: { key } })),
    },
    properties: issue.properties,
  });
  const find = (key: string): FakeIssue => {
    const issue = issues.get(key);
    if (issue === undefined) throw new JiraError('NOT_FOUND', 404);
    return issue;
  };
  const create = (spec: NewIssue): string => {
    const key = `${spec.projectKey}-${next++}`;
    const properties = Object.fromEntries(
      spec.properties.map((p) => [p.key, structuredClone(p.value)]),
    );
    issues.set(key, {
      key,
      project: spec.projectKey,
      parent: spec.parentKey ?? null,
      priority: spec.priorityName ?? 'Medium',
      status: 'new',
      properties,
      links: [],
      comments: 0,
      sprint: null,
    });
    if (fake.lagging) unindexed.add(key);
    return key;
  };

  const jira: JiraClient = {
    getIssue: (key) => Promise.resolve(view(find(key))),
    getMyPermissions: () => Promise.resolve({}),
    searchJql: (query) => {
      const indexed = [...issues.values()].filter((i) => !unindexed.has(i.key));
      return Promise.resolve(search(query.jql, indexed).map(view));
    },
    createIssuesBulk: (list) =>
      Promise.resolve({
        created: list.map((spec, index) => ({
          index,
          id: '1',
          key: create(spec),
        })),
        failed: [],
      }),
    updateIssueFields: (key, fields) => {
      find(key).priority = (fields['priority'] as { name: string }).name;
      return Promise.resolve();
    },
    setIssueProperty: (key, name, value) => {
      find(key).properties[name] = structuredClone(value);
      return Promise.resolve();
    },
    getIssueProperty: (key, name) =>
      Promise.resolve(issues.get(key)?.properties[name]),
    createIssueLink: (link) => {
      const issue = find(link.outwardKey);
      if (!issue.links.includes(link.inwardKey))
        issue.links.push(link.inwardKey);
      return Promise.resolve();
    },
    addComment: (key) => {
      find(key).comments++;
      return Promise.resolve({ id: '1' });
    },
    getTransitions: () => Promise.resolve([]),
    transitionIssue: () => Promise.resolve(),
    getProject: (key) =>
      Promise.resolve({
        id: '1',
        key,
        issueTypes: [
          { id: '1', name: 'Task', subtask: false, hierarchyLevel: 0 },
        ],
      }),
    getBoards: () => Promise.resolve([{ id: 1, type: 'scrum' }]),
    getSprints: (_board, state) =>
      Promise.resolve(
        (state === 'active' ? sprints.active : sprints.future).map((id) => ({
          id,
          state,
          startDate: null,
        })),
      ),
    addIssuesToSprint: (sprintId, keys) => {
      for (const key of keys) find(key).sprint = sprintId;
      return Promise.resolve();
    },
  };

  const counted = Object.fromEntries(
    Object.entries(jira).map(([name, method]) => [
      name,
      (...args: unknown[]) => {
        calls[name] = (calls[name] ?? 0) + 1;
        hooks.get(name)?.();
        return (method as (...a: unknown[]) => unknown)(...args);
      },
    ]),
  ) as unknown as JiraClient;

  const fake: FakeJira = {
    jira: counted,
    issues,
    calls,
    writes: () => WRITES.reduce((sum, name) => sum + (calls[name] ?? 0), 0),
    before: (method, hook) => {
      if (hook === null) hooks.delete(method);
      else hooks.set(method, hook);
    },
    unindexed,
    lagging: false,
    index: () => {
      unindexed.clear();
    },
  };
  return fake;
}

/** The two JQL shapes the sync writes, and nothing else. */
function search(jql: string, all: FakeIssue[]): FakeIssue[] {
  const shape =
    /^project = ("(?:[^"\\]|\\.)*") AND issue\.property\[threat-model-mitigation\]\.(epics = |key IN )(.+) ORDER BY key ASC$/.exec(
      jql,
    );
  if (shape === null)
    throw new JiraError('BAD_REQUEST', 400, [
      'the fake does not know this JQL',
    ]);
  const [, project, operator, operand] = shape;
  const values: unknown =
    operator === 'epics = '
      ? [JSON.parse(operand!)]
      : JSON.parse(`[${operand!.slice(1, -1)}]`);
  const wanted = new Set(values as string[]);

  return all.filter((issue) => {
    const property = issue.properties['threat-model-mitigation'] as
      { key: string; epics: string[] } | undefined;
    if (issue.project !== JSON.parse(project!) || property === undefined)
      return false;
    return operator === 'epics = '
      ? property.epics.some((epic) => wanted.has(epic))
      : wanted.has(property.key);
  });
}
