import { isRecord, json } from '../http';
import type { RouteContext } from '../router';
import type { SiteResponse } from '../types';
import { badRequest, checkKey, checkValue } from './rules';
import {
  entryJson,
  readEntry,
  removeEntry,
  spaceOf,
  writeEntry,
} from './store';

/**
 * Batch set, get and delete: each item succeeds or fails alone; a batch
 * that names one key twice, or names none, fails entirely.
 */

interface Item {
  readonly key: string;
  readonly entityName: string | undefined;
  readonly raw: Record<string, unknown>;
}

function items(body: unknown): Item[] | null {
  if (!Array.isArray(body) || body.length === 0) return null;
  const seen = new Set<string>();
  const out: Item[] = [];
  for (const raw of body) {
    if (!isRecord(raw) || typeof raw['key'] !== 'string') return null;
    const entityName =
      typeof raw['entityName'] === 'string' ? raw['entityName'] : undefined;
    const id = `${entityName ?? ''}\u0000${raw['key']}`;
    if (seen.has(id)) return null;
    seen.add(id);
    out.push({ key: raw['key'], entityName, raw });
  }
  return out;
}

const ref = (item: Item) => ({
  key: item.key,
  ...(item.entityName === undefined ? {} : { entityName: item.entityName }),
});

type Outcome =
  { ok: true; value?: object } | { ok: false; code: string; message: string };

function batch(
  context: RouteContext,
  apply: (item: Item, now: number) => Outcome,
): SiteResponse {
  const list = items(context.body);
  if (list === null) return badRequest();

  const now = context.core.now().getTime();
  const successfulKeys: object[] = [];
  const failedKeys: object[] = [];
  for (const item of list) {
    const problem = checkKey(item.key);
    const outcome: Outcome =
      problem === null ? apply(item, now) : { ok: false, ...problem };
    if (outcome.ok) successfulKeys.push(outcome.value ?? ref(item));
    else
      failedKeys.push({
        ...ref(item),
        error: { code: outcome.code, message: outcome.message },
      });
  }
  context.core.changed();
  return json(200, { successfulKeys, failedKeys });
}

function batchSet(context: RouteContext): SiteResponse {
  return batch(context, (item, now) => {
    const problem = checkValue(item.raw['value']);
    if (problem !== null)
      return { ok: false, code: problem.code, message: problem.message };
    const space = spaceOf(context.core.state, 'plain', item.entityName);
    writeEntry(space, item.key, item.raw['value'], item.raw['options'], now);
    return { ok: true };
  });
}

function batchGet(context: RouteContext): SiteResponse {
  return batch(context, (item, now) => {
    const space = spaceOf(context.core.state, 'plain', item.entityName);
    const entry = readEntry(space, item.key, now);
    if (entry === undefined)
      return {
        ok: false,
        code: 'KEY_NOT_FOUND',
        message: 'Key does not exist',
      };
    return { ok: true, value: entryJson(item.key, entry, item.entityName) };
  });
}

function batchDelete(context: RouteContext): SiteResponse {
  return batch(context, (item, now) => {
    const space = spaceOf(context.core.state, 'plain', item.entityName);
    return removeEntry(space, item.key, now)
      ? { ok: true }
      : { ok: false, code: 'KEY_NOT_FOUND', message: 'Key does not exist' };
  });
}

export const batchRoutes = [
  { path: 'batch/set', handle: batchSet },
  { path: 'batch/get', handle: batchGet },
  { path: 'batch/delete', handle: batchDelete },
] as const;
