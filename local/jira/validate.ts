import type { Principal } from '../auth';
import type { SiteCore } from '../core';
import { isRecord } from '../http';
import type { IssueRecord, IssueTypeRecord } from '../types';
import { issueTypeOf, visibleIssue } from './access';
import { ADF_REQUIRED, adfProblems } from './adf';
import { PRIORITIES } from './catalog';

/**
 * Field checks shared by create, bulk create and edit. Each returns the
 * clean value or a message for Jira's `errors` map under the field's name.
 */
export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

const fail = <T>(message: string): Checked<T> => ({ ok: false, message });
const pass = <T>(value: T): Checked<T> => ({ ok: true, value });

export function checkSummary(value: unknown): Checked<string> {
  if (typeof value !== 'string' || value.trim() === '') {
    return fail('You must specify a summary of the issue.');
  }
  if (value.length > 255)
    return fail('Summary must be less than 255 characters.');
  if (/[\r\n]/.test(value))
    return fail(
      'The summary is invalid because it contains newline characters.',
    );
  return pass(value);
}

export function checkDescription(value: unknown): Checked<unknown> {
  if (value === null || value === undefined) return pass(null);
  return adfProblems(value).length === 0 ? pass(value) : fail(ADF_REQUIRED);
}

export function checkPriority(value: unknown): Checked<string> {
  if (!isRecord(value))
    return fail('Specify the Priority (id or name) in the object format.');
  const found = PRIORITIES.find(
    (p) => p.id === value['id'] || p.name === value['name'],
  );
  return found === undefined
    ? fail('The priority selected is invalid.')
    : pass(found.id);
}

export function checkLabels(value: unknown): Checked<string[]> {
  if (!Array.isArray(value)) return fail('Labels must be an array of strings.');
  for (const label of value) {
    if (typeof label !== 'string' || label === '') {
      return fail('Labels must be an array of strings.');
    }
    if (/\s/.test(label))
      return fail(`The label '${label}' contains spaces which is invalid.`);
    if (label.length > 255)
      return fail('A label must be less than 255 characters.');
  }
  return pass([...new Set(value as string[])]);
}

/** Applies Jira's `update.labels` verbs (add, remove, set) to labels. */
export function applyLabelUpdate(
  labels: readonly string[],
  operations: unknown,
): Checked<string[]> {
  if (!Array.isArray(operations)) return fail('Labels update must be a list.');
  let next = [...labels];
  for (const operation of operations) {
    if (!isRecord(operation)) return fail('Labels update must be a list.');
    const [verb, argument] = Object.entries(operation)[0] ?? [];
    if (verb === 'set') {
      const checked = checkLabels(argument);
      if (!checked.ok) return checked;
      next = checked.value;
    } else if (verb === 'add' || verb === 'remove') {
      const checked = checkLabels([argument]);
      if (!checked.ok) return checked;
      const label = checked.value[0] ?? '';
      next = next.filter((l) => l !== label);
      if (verb === 'add') next.push(label);
    } else {
      return fail(
        `The operation '${String(verb)}' is not supported for labels.`,
      );
    }
  }
  return pass(next);
}

/** A parent must sit one hierarchy level above the child's type. */
export function checkParent(
  core: SiteCore,
  principal: Principal,
  value: unknown,
  childType: IssueTypeRecord,
  childProjectKey: string,
): Checked<IssueRecord> {
  const ref = isRecord(value) ? (value['key'] ?? value['id']) : undefined;
  if (typeof ref !== 'string')
    return fail('Could not find issue by id or key.');
  const parent = visibleIssue(core, principal, ref);
  if (parent === undefined) return fail('Could not find issue by id or key.');

  const parentLevel = issueTypeOf(core, parent).hierarchyLevel;
  if (parentLevel !== childType.hierarchyLevel + 1) {
    return fail(
      'Given parent work item does not belong to appropriate hierarchy.',
    );
  }
  if (childType.hierarchyLevel < 0 && parent.projectKey !== childProjectKey) {
    return fail('A sub-task must be in the same project as its parent.');
  }
  return pass(parent);
}

export const NOT_ON_SCREEN = (field: string): string =>
  `Field '${field}' cannot be set. It is not on the appropriate screen, or unknown.`;

export const PROPERTY_LIMIT = 32_768;

/** Issue property keys and values as Jira bounds them. */
export function checkProperty(key: unknown, value: unknown): string | null {
  if (typeof key !== 'string' || key === '' || key.length > 255) {
    return 'The property key must be between 1 and 255 characters.';
  }
  if (value === undefined) return 'The property value must be valid JSON.';
  if (JSON.stringify(value).length > PROPERTY_LIMIT) {
    return `The property value must be no larger than ${PROPERTY_LIMIT} characters.`;
  }
  return null;
}
