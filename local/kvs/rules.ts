import { isRecord, json } from '../http';
import type { SiteResponse } from '../types';

/**
 * Forge hosted storage's limits and condition language, as its error
 * reference documents them: keys up to 500 characters from a fixed
 * alphabet, values up to 240 KiB and 32 levels deep, error bodies
 * `{ code, message }`.
 */

export interface KvsFailure {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

export const kvsError = (failure: KvsFailure): SiteResponse =>
  json(failure.status, { code: failure.code, message: failure.message });

export const badRequest = (): SiteResponse =>
  kvsError({
    status: 400,
    code: 'BAD_REQUEST',
    message: 'Provided request body is invalid',
  });

const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s#-]+$/;
export const MAX_VALUE_BYTES = 240 * 1024;
const MAX_DEPTH = 32;

export function checkKey(key: unknown): KvsFailure | null {
  if (typeof key !== 'string' || key.length === 0) {
    return {
      status: 400,
      code: 'KEY_TOO_SHORT',
      message: 'The provided key is empty',
    };
  }
  if (key.length > 500) {
    return {
      status: 400,
      code: 'KEY_TOO_LONG',
      message: 'The provided key has exceeded the maximum 500 characters',
    };
  }
  if (!KEY_PATTERN.test(key)) {
    return {
      status: 400,
      code: 'INVALID_KEY',
      message: 'The provided key does not match the allowed pattern',
    };
  }
  return null;
}

function depth(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return (
    1 + children.reduce<number>((max, child) => Math.max(max, depth(child)), 0)
  );
}

export function checkValue(value: unknown): KvsFailure | null {
  if (value === undefined) {
    return {
      status: 400,
      code: 'BAD_REQUEST',
      message: 'Provided request body is invalid',
    };
  }
  if (Buffer.byteLength(JSON.stringify(value)) > MAX_VALUE_BYTES) {
    return {
      status: 400,
      code: 'MAX_SIZE',
      message: 'The provided value has exceeded the maximum size limit',
    };
  }
  if (depth(value) > MAX_DEPTH) {
    return {
      status: 400,
      code: 'MAX_DEPTH',
      message:
        'The provided value has exceeded the maximum object depth (32) limit',
    };
  }
  return null;
}

type Filter = { property: string; condition: string; values: unknown[] };

function compare(a: unknown, b: unknown): number | null {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'string' && typeof b === 'string')
    return a < b ? -1 : a > b ? 1 : 0;
  return null;
}

function holds(value: unknown, filter: Filter): boolean {
  const [first, second] = filter.values;
  const order = compare(value, first);
  switch (filter.condition) {
    case 'EXISTS':
      return value !== undefined;
    case 'NOT_EXISTS':
      return value === undefined;
    case 'EQUAL_TO':
      return value !== undefined && value === first;
    case 'NOT_EQUAL_TO':
      return value !== undefined && value !== first;
    case 'BEGINS_WITH':
      return (
        typeof value === 'string' &&
        typeof first === 'string' &&
        value.startsWith(first)
      );
    case 'CONTAINS':
    case 'NOT_CONTAINS': {
      const found =
        (typeof value === 'string' &&
          typeof first === 'string' &&
          value.includes(first)) ||
        (Array.isArray(value) && value.includes(first));
      return filter.condition === 'CONTAINS'
        ? found
        : value !== undefined && !found;
    }
    case 'BETWEEN': {
      const upper = compare(value, second);
      return order !== null && upper !== null && order >= 0 && upper <= 0;
    }
    case 'GREATER_THAN':
      return order !== null && order > 0;
    case 'GREATER_THAN_EQUAL_TO':
      return order !== null && order >= 0;
    case 'LESS_THAN':
      return order !== null && order < 0;
    case 'LESS_THAN_EQUAL_TO':
      return order !== null && order <= 0;
    default:
      return false;
  }
}

/** `{ and: [...] }` or `{ or: [...] }` over an entity's attributes. */
export function conditionsHold(conditions: unknown, entity: unknown): boolean {
  if (conditions === undefined) return true;
  if (!isRecord(conditions)) return false;
  const attributes = isRecord(entity) ? entity : {};
  const read = (filter: Filter) =>
    Object.prototype.hasOwnProperty.call(attributes, filter.property)
      ? attributes[filter.property]
      : undefined;
  const filters = (list: unknown): Filter[] =>
    (Array.isArray(list) ? list : []).filter(isRecord) as unknown as Filter[];

  if (Array.isArray(conditions['and'])) {
    return filters(conditions['and']).every((f) => holds(read(f), f));
  }
  if (Array.isArray(conditions['or'])) {
    return filters(conditions['or']).some((f) => holds(read(f), f));
  }
  return false;
}
