import { empty, isRecord } from '../http';
import type { RouteContext } from '../router';
import type { SiteResponse } from '../types';
import {
  badRequest,
  checkKey,
  checkValue,
  conditionsHold,
  kvsError,
} from './rules';
import { readEntry, removeEntry, spaceOf, writeEntry } from './store';

/**
 * A transaction sets, deletes and checks up to 25 keys, each key once;
 * every condition is read before anything is written, and one failing
 * condition leaves everything as it was. A failed condition answers 409
 * CONDITION_CHECK_FAILED: the code is this site's guess, the public
 * reference does not name it.
 */
export const TRANSACTION_LIMIT = 25;

interface Operation {
  readonly verb: 'set' | 'delete' | 'check';
  readonly key: string;
  readonly entityName: string | undefined;
  readonly raw: Record<string, unknown>;
}

function operations(body: Record<string, unknown>): Operation[] | null {
  const out: Operation[] = [];
  for (const verb of ['set', 'delete', 'check'] as const) {
    const list = body[verb];
    if (list === undefined) continue;
    if (!Array.isArray(list)) return null;
    for (const raw of list) {
      if (!isRecord(raw) || typeof raw['key'] !== 'string') return null;
      const entityName =
        typeof raw['entityName'] === 'string' ? raw['entityName'] : undefined;
      out.push({ verb, key: raw['key'], entityName, raw });
    }
  }
  return out;
}

export function transactionRoute({ core, body }: RouteContext): SiteResponse {
  const ops = isRecord(body) ? operations(body) : null;
  if (ops === null || ops.length === 0) return badRequest();
  if (ops.length > TRANSACTION_LIMIT) {
    return kvsError({
      status: 400,
      code: 'TOO_MANY_OPERATIONS',
      message: `A transaction holds at most ${TRANSACTION_LIMIT} operations`,
    });
  }
  const ids = new Set(ops.map((op) => `${op.entityName ?? ''}\u0000${op.key}`));
  if (ids.size !== ops.length) {
    return kvsError({
      status: 400,
      code: 'BAD_REQUEST',
      message: 'Each key can only be used once in a transaction',
    });
  }
  for (const op of ops) {
    const problem =
      checkKey(op.key) ??
      (op.verb === 'set' ? checkValue(op.raw['value']) : null);
    if (problem !== null) return kvsError(problem);
  }

  const now = core.now().getTime();
  const space = (op: Operation) => spaceOf(core.state, 'plain', op.entityName);
  const failed = ops.find((op) => {
    const current = readEntry(space(op), op.key, now);
    if (op.verb === 'check' && current === undefined) return true;
    return !conditionsHold(op.raw['conditions'], current?.value);
  });
  if (failed !== undefined) {
    return kvsError({
      status: 409,
      code: 'CONDITION_CHECK_FAILED',
      message: `The conditions for key '${failed.key}' were not met`,
    });
  }

  for (const op of ops) {
    if (op.verb === 'set')
      writeEntry(space(op), op.key, op.raw['value'], op.raw['options'], now);
    if (op.verb === 'delete') removeEntry(space(op), op.key, now);
  }
  core.changed();
  return empty(204);
}
