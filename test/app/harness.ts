import { createMemoryStore } from '../../src/app/backlog-store';
import { runResolver } from '../../src/app/resolvers';
import { writeRecord } from '../../src/app/backlog-store';
import { createEngine, type Engine } from '../../src/app/engine';
import type { Caller, LogFields, Ports } from '../../src/app/ports';
import { catalogOf, mitigation, rule, shopInput } from '../analysis/fixtures';
import { FakeJira } from './fake-jira';

/** In-memory ports around a FakeJira, and a site with one epic. */
export const catalog = catalogOf(
  [
    rule({
      id: 'R-TAMPER',
      stride: ['T'],
      elementKinds: ['process'],
      mitigations: ['M-VALIDATE'],
    }),
  ],
  [mitigation('M-VALIDATE')],
);

export interface Harness {
  readonly jira: FakeJira;
  readonly ports: Ports;
  readonly logs: { event: string; fields: LogFields }[];
  readonly queued: Readonly<Record<string, unknown>>[];
  /** Ports acting as another person, sharing the same store and Jira. */
  as(accountId: string): Ports;
}

/** `engine`: the small catalog's by default; the built-in one for sizes. */
export function createHarness(engine: Engine = createEngine(catalog)): Harness {
  const jira = new FakeJira();
  const store = createMemoryStore();
  const logs: Harness['logs'] = [];
  const queued: Harness['queued'] = [];
  let ids = 0;
  let clock = Date.parse('2026-03-01T10:00:00Z');

  const as = (accountId: string): Ports => ({
    asUser: jira.requester({ kind: 'user', accountId }),
    asApp: jira.requester({ kind: 'app' }),
    store,
    queue: {
      push: (body) => {
        queued.push(body);
        return Promise.resolve();
      },
    },
    now: () => new Date((clock += 1000)),
    newId: () => `id-${++ids}`,
    log: (event, fields) => logs.push({ event, fields }),
    engine,
  });

  return { jira, ports: as('alice'), logs, queued, as };
}

/** ENG-1 is an epic Alice edits, Bob only views; Mallory sees nothing. */
export function seedSite(harness: Harness): void {
  const { jira } = harness;
  jira.addIssue('ENG-1', 1, { summary: 'Checkout' });
  jira.addIssue('ENG-2', 1, { summary: 'Another epic' });
  jira.addIssue('ENG-3', 0, { summary: 'A story' });
  jira.users.set('alice', {
    browse: ['ENG', 'SEC'],
    edit: ['ENG', 'SEC'],
    admin: ['SEC'],
  });
  jira.users.set('bob', { browse: ['ENG'], edit: [], admin: [] });
  jira.users.set('mallory', { browse: [], edit: [], admin: [] });
}

export const onEpic = (issueKey = 'ENG-1', accountId = 'alice'): Caller => ({
  accountId,
  issueKey,
});

export const model = shopInput;

/** A done-or-not mitigation ticket the sync would have made for ENG-1. */
export async function addTicket(
  harness: Harness,
  key: string,
  mitigationKey: string,
  status: 'new' | 'done',
): Promise<void> {
  harness.jira.addIssue(key, 0, {
    status,
    properties: {
      'threat-model-mitigation': {
        version: 1,
        key: mitigationKey,
        epics: ['ENG-1'],
        severities: {},
        priority: 'High',
        obsoleteFor: [],
      },
    },
  });
  await writeRecord(harness.ports.store, 'ENG-1', {
    version: 1,
    tickets: new Map([[mitigationKey, key]]),
    pendingSprint: [],
  });
}

/** ENG-1 with the shop model, ticket SEC-1 open for `mitigationKey`, analyzed. */
export async function analyzedSite(
  mitigationKey = 'M-VALIDATE@api',
): Promise<Harness> {
  const harness = createHarness();
  seedSite(harness);
  await runResolver('saveModel', harness.ports, onEpic(), {
    baseRevision: 0,
    model: model(),
  });
  await addTicket(harness, 'SEC-1', mitigationKey, 'new');
  const analyzed = await runResolver('analyze', harness.ports, onEpic(), {});
  if (!analyzed.ok) throw new Error(analyzed.error.message);
  return harness;
}
