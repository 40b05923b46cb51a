import type { SiteCore } from '../core';
import { issueTypeOf } from '../jira/access';
import { categoryOf, priorityById, statusById } from '../jira/catalog';
import type { EntityProperty } from '../manifest';
import type { IssueRecord } from '../types';

/**
 * What each searchable field reads from an issue: a list of strings that
 * a clause compares against (case-insensitively, except property values).
 * An empty list means the field is EMPTY on that issue.
 */
export type FieldReader = (issue: IssueRecord) => string[];

export function builtinReader(
  core: SiteCore,
  name: string,
): FieldReader | null {
  switch (name) {
    case 'project':
      return (issue) => {
        const project = core.state.projects.find(
          (p) => p.key === issue.projectKey,
        );
        return project ? [project.key, project.id, project.name] : [];
      };
    case 'key':
    case 'issuekey':
    case 'id':
      return (issue) => [issue.key, issue.id];
    case 'parent':
      return (issue) => {
        const parent =
          issue.parentKey === null
            ? undefined
            : core.state.issues[issue.parentKey];
        return parent ? [parent.key, parent.id] : [];
      };
    case 'issuetype':
    case 'type':
      return (issue) => {
        const type = issueTypeOf(core, issue);
        return [type.name, type.id];
      };
    case 'status':
      return (issue) => {
        const status = statusById(issue.statusId);
        return [status.name, status.id];
      };
    case 'statuscategory':
      return (issue) => {
        const category = categoryOf(statusById(issue.statusId).category);
        return [category.name, category.key, String(category.id)];
      };
    case 'priority':
      return (issue) => {
        const priority = priorityById(issue.priorityId);
        return [priority.name, priority.id];
      };
    case 'labels':
      return (issue) => [...issue.labels];
    default:
      return null;
  }
}

/** Values a property path holds; arrays contribute each element. */
export function propertyValues(value: unknown, path: string): string[] {
  let current: unknown[] = [value];
  for (const segment of path === '' ? [] : path.split('.')) {
    current = current.flatMap((item) => {
      if (typeof item !== 'object' || item === null || Array.isArray(item))
        return [];
      const record = item as Record<string, unknown>;
      return Object.prototype.hasOwnProperty.call(record, segment)
        ? [record[segment]]
        : [];
    });
  }
  return current
    .flatMap((item): unknown[] => (Array.isArray(item) ? item : [item]))
    .filter((item) => ['string', 'number', 'boolean'].includes(typeof item))
    .map(String);
}

/**
 * Whether Jira would have indexed `issue.property[key].path`. With no
 * `jira:entityProperty` declared the local site indexes everything.
 */
export function isIndexed(
  declared: readonly EntityProperty[] | null,
  key: string,
  path: string,
): boolean {
  if (declared === null) return true;
  return declared.some(
    (property) =>
      property.propertyKey === key &&
      property.values.some((v) => v.path === path),
  );
}

/** A `searchAlias` declared in the manifest, as a property reference. */
export function aliasTarget(
  declared: readonly EntityProperty[] | null,
  name: string,
): { key: string; path: string } | null {
  for (const property of declared ?? []) {
    for (const value of property.values) {
      if (value.searchAlias?.toLowerCase() === name) {
        return { key: property.propertyKey, path: value.path };
      }
    }
  }
  return null;
}
