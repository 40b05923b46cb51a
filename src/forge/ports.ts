import { randomUUID } from 'node:crypto';
import { Queue } from '@forge/events';
import { createEngine } from '../app/engine';
import type { Log, Ports } from '../app/ports';
import { kvsStore } from './kvs-store';
import { forgeRequester } from './requesters';

export const SYNC_QUEUE = 'backlog-sync';
const engine = createEngine();

/** One JSON line per decision; the fields are counts, codes and keys. */
export const log: Log = (event, fields) => {
  console.log(JSON.stringify({ event, ...fields }));
};

/**
 * The ports of one invocation. `budgetMs` bounds Jira retries: a resolver
 * must answer within 25 s, a queue consumer may take minutes.
 */
export function forgePorts(budgetMs: number): Ports {
  const queue = new Queue({ key: SYNC_QUEUE });
  return {
    asUser: forgeRequester('user', budgetMs),
    asApp: forgeRequester('app', budgetMs),
    store: kvsStore,
    queue: {
      push: async (body) => {
        await queue.push({ body: { ...body } });
      },
    },
    now: () => new Date(),
    newId: () => randomUUID(),
    log,
    engine,
  };
}
