import type { SiteCore } from '../core';
import { empty, isRecord, json } from '../http';
import type { Route, RouteContext } from '../router';
import type { SiteResponse } from '../types';
import { batchRoutes } from './batch';
import {
  badRequest,
  checkKey,
  checkValue,
  kvsError,
  type KvsFailure,
} from './rules';
import {
  entryJson,
  readEntry,
  removeEntry,
  spaceOf,
  writeEntry,
} from './store';
import { transactionRoute } from './transaction';

/**
 * The Forge KVS service the real @forge/kvs client talks to. Paths are
 * the client's own (`/api/v1/get` ...) under `/_forge/kvs`; only the app
 * may call them. FAIL_IF_EXISTS on a taken key answers 409
 * KEY_ALREADY_EXISTS: the status and code are this site's guess, the
 * public reference does not list them.
 */
export const KVS_PREFIX = '/_forge/kvs';

const notFound = (): SiteResponse =>
  kvsError({
    status: 404,
    code: 'KEY_NOT_FOUND',
    message: 'Provided key does not exist',
  });

type Kind = 'plain' | 'secret';

interface Target {
  readonly key: string;
  readonly entityName: string | undefined;
}

function target(body: unknown): Target | KvsFailure {
  if (!isRecord(body))
    return {
      status: 400,
      code: 'BAD_REQUEST',
      message: 'Provided request body is invalid',
    };
  const problem = checkKey(body['key']);
  if (problem !== null) return problem;
  const entityName =
    typeof body['entityName'] === 'string' ? body['entityName'] : undefined;
  return { key: body['key'] as string, entityName };
}

const nowMs = (core: SiteCore) => core.now().getTime();

function get(kind: Kind) {
  return ({ core, body }: RouteContext) => {
    const t = target(body);
    if ('code' in t) return kvsError(t);
    const entry = readEntry(
      spaceOf(core.state, kind, t.entityName),
      t.key,
      nowMs(core),
    );
    return entry === undefined
      ? notFound()
      : json(200, entryJson(t.key, entry));
  };
}

function set(kind: Kind) {
  return ({ core, body }: RouteContext) => {
    const t = target(body);
    if ('code' in t) return kvsError(t);
    const record = body as Record<string, unknown>;
    const problem = checkValue(record['value']);
    if (problem !== null) return kvsError(problem);

    const options = isRecord(record['options']) ? record['options'] : {};
    const space = spaceOf(core.state, kind, t.entityName);
    const previous = readEntry(space, t.key, nowMs(core));
    if (options['keyPolicy'] === 'FAIL_IF_EXISTS' && previous !== undefined) {
      return kvsError({
        status: 409,
        code: 'KEY_ALREADY_EXISTS',
        message: 'The provided key already exists',
      });
    }
    const before = previous === undefined ? undefined : { ...previous };
    const entry = writeEntry(
      space,
      t.key,
      record['value'],
      options,
      nowMs(core),
    );
    core.changed();

    if (options['returnValue'] === 'LATEST')
      return json(200, entryJson(t.key, entry));
    if (options['returnValue'] === 'PREVIOUS') {
      return before === undefined
        ? empty(204)
        : json(200, entryJson(t.key, before));
    }
    return empty(204);
  };
}

function remove(kind: Kind) {
  return ({ core, body }: RouteContext) => {
    const t = target(body);
    if ('code' in t) return kvsError(t);
    const removed = removeEntry(
      spaceOf(core.state, kind, t.entityName),
      t.key,
      nowMs(core),
    );
    if (!removed) return notFound();
    core.changed();
    return empty(204);
  };
}

function query({ core, body }: RouteContext) {
  if (!isRecord(body)) return badRequest();
  const limit = body['limit'] === undefined ? 10 : Number(body['limit']);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
    return kvsError({
      status: 400,
      code: 'LIST_QUERY_LIMIT_EXCEEDED',
      message: 'Limit for list query should be below 100',
    });
  }
  const where = Array.isArray(body['where']) ? body['where'] : [];
  if (where.length > 1) {
    return kvsError({
      status: 400,
      code: 'QUERY_WHERE_INVALID',
      message: 'KVS queries should contain only a single "where" clause',
    });
  }
  const clause = where[0] as unknown;
  if (
    clause !== undefined &&
    (!isRecord(clause) ||
      clause['property'] !== 'key' ||
      clause['condition'] !== 'BEGINS_WITH')
  ) {
    return kvsError({
      status: 400,
      code: 'QUERY_WHERE_FIELD_INVALID',
      message: 'The specified field is not supported for filters',
    });
  }
  const prefix =
    isRecord(clause) && Array.isArray(clause['values'])
      ? String(clause['values'][0])
      : '';
  const after =
    typeof body['after'] === 'string'
      ? Buffer.from(body['after'], 'base64url').toString()
      : '';

  const space = core.state.kvs.plain;
  const keys = Object.keys(space)
    .filter((key) => key.startsWith(prefix) && key > after)
    .filter((key) => readEntry(space, key, nowMs(core)) !== undefined)
    .sort();
  const page = keys.slice(0, limit);
  const more = keys.length > page.length;
  return json(200, {
    data: page.flatMap((key) => {
      const entry = space[key];
      return entry === undefined ? [] : [entryJson(key, entry)];
    }),
    ...(more
      ? { cursor: Buffer.from(page.at(-1) ?? '').toString('base64url') }
      : {}),
  });
}

const notEmulated = () =>
  kvsError({
    status: 501,
    code: 'NOT_IMPLEMENTED',
    message: 'Custom entity queries are not emulated by the local site',
  });

const route = (path: string, handle: Route['handle']): Route => ({
  method: 'POST',
  template: `${KVS_PREFIX}/api/v1/${path}`,
  scope: 'storage',
  handle,
});

export const kvsRoutes: readonly Route[] = [
  route('get', get('plain')),
  route('set', set('plain')),
  route('delete', remove('plain')),
  route('query', query),
  route('secret/get', get('secret')),
  route('secret/set', set('secret')),
  route('secret/delete', remove('secret')),
  route('entity/get', get('plain')),
  route('entity/set', set('plain')),
  route('entity/delete', remove('plain')),
  route('entity/query', notEmulated),
  ...batchRoutes.map((r) => route(r.path, r.handle)),
  route('transaction', transactionRoute),
];
