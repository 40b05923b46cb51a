import type { Principal } from '../auth';
import type { SiteCore } from '../core';
import { compareKeys, visibleIssue, visibleProject } from '../jira/access';
import { PRIORITIES, STATUS_CATEGORIES, STATUSES } from '../jira/catalog';
import type { IssueRecord } from '../types';
import {
  aliasTarget,
  builtinReader,
  isIndexed,
  propertyValues,
  type FieldReader,
} from './fields';
import { JqlError, parseJql, type JqlNode, type OrderBy } from './parser';

/** Turns JQL into a filter and an order over the issues a caller sees. */
export interface CompiledJql {
  matches(issue: IssueRecord): boolean;
  compare(a: IssueRecord, b: IssueRecord): number;
}

type Clause = Extract<JqlNode, { kind: 'clause' }>;
type Predicate = (issue: IssueRecord) => boolean;

const lower = (text: string) => text.toLowerCase();

function missingValue(value: string, field: string): JqlError {
  return new JqlError(
    `The value '${value}' does not exist for the field '${field}'.`,
  );
}

/** Checks each value names something that exists, as Jira does. */
function checkValues(
  core: SiteCore,
  principal: Principal,
  name: string,
  values: readonly string[],
) {
  const visibleTypes = core.state.projects
    .filter((p) => visibleProject(core, principal, p.key))
    .flatMap((p) => p.issueTypes);
  for (const value of values) {
    const v = lower(value);
    const known =
      name === 'project'
        ? visibleProject(core, principal, value) !== undefined ||
          core.state.projects.some(
            (p) =>
              lower(p.name) === v && visibleProject(core, principal, p.key),
          )
        : ['key', 'issuekey', 'id', 'parent'].includes(name)
          ? visibleIssue(core, principal, value) !== undefined
          : name === 'issuetype' || name === 'type'
            ? visibleTypes.some((t) => lower(t.name) === v || t.id === value)
            : name === 'status'
              ? STATUSES.some((s) => lower(s.name) === v || s.id === value)
              : name === 'statuscategory'
                ? STATUS_CATEGORIES.some(
                    (c) =>
                      lower(c.name) === v ||
                      c.key === v ||
                      String(c.id) === value,
                  )
                : name === 'priority'
                  ? PRIORITIES.some(
                      (p) => lower(p.name) === v || p.id === value,
                    )
                  : true;
    if (known) continue;
    if (['key', 'issuekey', 'id'].includes(name)) {
      throw new JqlError(
        `An issue with key '${value}' does not exist for field '${name}'.`,
      );
    }
    throw missingValue(value, name);
  }
}

function readerFor(
  core: SiteCore,
  principal: Principal,
  clause: Clause,
): {
  read: FieldReader;
  exact: boolean;
} {
  const declared = core.manifest?.entityProperties ?? null;
  const field = clause.field;
  const target =
    field.kind === 'property'
      ? { key: field.key, path: field.path }
      : aliasTarget(declared, field.name);
  if (target !== null) {
    const indexed = isIndexed(declared, target.key, target.path);
    const read: FieldReader = (issue) =>
      indexed &&
      Object.prototype.hasOwnProperty.call(issue.properties, target.key)
        ? propertyValues(issue.properties[target.key], target.path)
        : [];
    return { read, exact: true };
  }

  const name = field.kind === 'field' ? field.name : '';
  const read = builtinReader(core, name);
  if (read === null) {
    throw new JqlError(
      `Field '${name}' does not exist or you do not have permission to view it.`,
    );
  }
  const emptyable = name === 'parent' || name === 'labels';
  if (
    (clause.operator === 'is' || clause.operator === 'is not') &&
    !emptyable
  ) {
    throw new JqlError(
      `The field '${name}' does not support searching for EMPTY values.`,
    );
  }
  checkValues(core, principal, name, clause.values);
  return { read, exact: false };
}

function compileClause(
  core: SiteCore,
  principal: Principal,
  clause: Clause,
): Predicate {
  const { read, exact } = readerFor(core, principal, clause);
  const norm = exact ? (text: string) => text : lower;
  const wanted = new Set(clause.values.map(norm));
  const hit = (issue: IssueRecord) =>
    read(issue).some((value) => wanted.has(norm(value)));

  switch (clause.operator) {
    case '=':
    case 'in':
      return hit;
    case '!=':
    case 'not in':
      return (issue) => read(issue).length > 0 && !hit(issue);
    case 'is':
      return (issue) => read(issue).length === 0;
    case 'is not':
      return (issue) => read(issue).length > 0;
  }
}

function compileNode(
  core: SiteCore,
  principal: Principal,
  node: JqlNode,
): Predicate {
  switch (node.kind) {
    case 'and': {
      const [left, right] = [
        compileNode(core, principal, node.left),
        compileNode(core, principal, node.right),
      ];
      return (issue) => left(issue) && right(issue);
    }
    case 'or': {
      const [left, right] = [
        compileNode(core, principal, node.left),
        compileNode(core, principal, node.right),
      ];
      return (issue) => left(issue) || right(issue);
    }
    case 'not': {
      const inner = compileNode(core, principal, node.node);
      return (issue) => !inner(issue);
    }
    case 'clause':
      return compileClause(core, principal, node);
  }
}

const SORTERS: Record<string, (a: IssueRecord, b: IssueRecord) => number> = {
  key: compareKeys,
  issuekey: compareKeys,
  id: (a, b) => Number(a.id) - Number(b.id),
  created: (a, b) =>
    a.created.localeCompare(b.created) || Number(a.id) - Number(b.id),
  updated: (a, b) => a.updated.localeCompare(b.updated),
  priority: (a, b) => Number(b.priorityId) - Number(a.priorityId),
  rank: compareKeys,
};

function compileOrder(orderBy: readonly OrderBy[]) {
  const sorters = orderBy.map(({ field, direction }) => {
    const sorter = SORTERS[field];
    if (sorter === undefined)
      throw new JqlError(`Not able to sort using field '${field}'.`);
    return direction === 'asc'
      ? sorter
      : (a: IssueRecord, b: IssueRecord) => sorter(b, a);
  });
  return (a: IssueRecord, b: IssueRecord) => {
    for (const sorter of sorters) {
      const order = sorter(a, b);
      if (order !== 0) return order;
    }
    return compareKeys(a, b);
  };
}

/** Parses and checks JQL; throws JqlError with Jira's wording. */
export function compileJql(
  core: SiteCore,
  principal: Principal,
  source: string,
): CompiledJql {
  const query = parseJql(source);
  if (query.where === null) {
    throw new JqlError(
      'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
    );
  }
  return {
    matches: compileNode(core, principal, query.where),
    compare: compileOrder(query.orderBy),
  };
}
