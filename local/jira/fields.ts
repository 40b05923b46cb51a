import type { SiteCore } from '../core';
import { hasOwn, setOwn } from '../http';
import type { IssueRecord } from '../types';
import { allFields } from './render';

/**
 * Jira's `fields` and `properties` parameters: a comma list (or, in POST
 * bodies, an array) where `*all` and `*navigable` mean everything and a
 * leading `-` removes a field.
 */
export interface FieldSelection {
  readonly all: boolean;
  readonly include: ReadonlySet<string>;
  readonly exclude: ReadonlySet<string>;
}

const EXPAND =
  'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations';

function tokens(param: unknown): string[] {
  const parts = Array.isArray(param) ? param : [param];
  return parts
    .filter((part): part is string => typeof part === 'string')
    .flatMap((part) => part.split(','))
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export function parseFields(
  param: unknown,
  allByDefault: boolean,
): FieldSelection {
  const list = tokens(param);
  const include = new Set<string>();
  const exclude = new Set<string>();
  let all = list.length === 0 && allByDefault;

  for (const token of list) {
    if (token === '*all' || token === '*navigable') all = true;
    else if (token.startsWith('-')) exclude.add(token.slice(1));
    else include.add(token);
  }
  return { all, include, exclude };
}

export function parseProperties(param: unknown): string[] {
  return tokens(param);
}

function isEmpty(selection: FieldSelection): boolean {
  if (selection.all) return false;
  return [...selection.include].every((name) => name === 'id');
}

/** The issue as Jira answers it, limited to the selected fields. */
export function issueJson(
  core: SiteCore,
  issue: IssueRecord,
  selection: FieldSelection,
  propertyKeys: readonly string[] = [],
): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const key of propertyKeys) {
    if (hasOwn(issue.properties, key)) {
      setOwn(properties, key, issue.properties[key]);
    }
  }
  const withProperties = propertyKeys.length === 0 ? {} : { properties };
  if (isEmpty(selection)) return { id: issue.id, ...withProperties };

  const fields: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(allFields(core, issue))) {
    const chosen = selection.all || selection.include.has(name);
    if (chosen && !selection.exclude.has(name)) fields[name] = value;
  }
  return {
    expand: EXPAND,
    id: issue.id,
    self: `${core.baseUrl}/rest/api/3/issue/${issue.id}`,
    key: issue.key,
    fields,
    ...withProperties,
  };
}
