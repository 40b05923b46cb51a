import Resolver from '@forge/resolver';
import { onIssueChanged } from '../app/issue-changed';
import { RESOLVER_NAMES, runResolver } from '../app/resolvers';
import { runSyncJob } from '../app/sync-consumer';
import { callerOf } from './context';
import { forgePorts, log } from './ports';

/**
 * The Forge entry points named in manifest.yml. Thin on purpose: each
 * builds the ports and hands over to a use case in src/app.
 */
const RESOLVER_RETRY_MS = 8_000;
const BACKGROUND_RETRY_MS = 60_000;

const definitions = new Resolver();
for (const name of RESOLVER_NAMES) {
  definitions.define(name, ({ payload, context }) =>
    runResolver(
      name,
      forgePorts(RESOLVER_RETRY_MS),
      callerOf(context),
      payload,
    ),
  );
}
const delegate = definitions.getDefinitions();
const KNOWN: ReadonlySet<string> = new Set(RESOLVER_NAMES);

type Invocation = Parameters<typeof delegate>[0];

/**
 * `resolver`: every call from the panel, the macro and its config.
 * @forge/resolver finds a function key with `in`, so `constructor`,
 * `toString` or `__proto__` would reach Object.prototype and echo the
 * context back: only the contract's own names pass to it.
 */
export async function resolver(
  invocation: Invocation,
  runtime?: Record<string, unknown>,
): Promise<unknown> {
  const key: unknown = (invocation as { call?: { functionKey?: unknown } }).call
    ?.functionKey;
  if (typeof key !== 'string' || !KNOWN.has(key)) {
    log('resolver_refused', { resolver: 'unknown', code: 'NOT_FOUND' });
    return {
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no such resolver.' },
    };
  }
  return delegate(invocation, runtime);
}

/** `issue-trigger`: avi:jira:created:issue and avi:jira:updated:issue. */
export async function onIssueEvent(event: unknown): Promise<void> {
  try {
    await onIssueChanged(forgePorts(BACKGROUND_RETRY_MS), event);
  } catch (error) {
    // A trigger is not retried by the platform: log once, by class only.
    log('unexpected_error', {
      handler: 'issue-trigger',
      errorClass: className(error),
    });
  }
}

/** `sync-consumer`: long backlog syncs from the `backlog-sync` queue. */
export async function onSyncEvent(event: { body?: unknown }): Promise<void> {
  try {
    await runSyncJob(forgePorts(BACKGROUND_RETRY_MS), event.body);
  } catch (error) {
    log('unexpected_error', {
      handler: 'sync-consumer',
      errorClass: className(error),
    });
    // Thrown on, so the queue delivers the event again.
    throw error;
  }
}

function className(error: unknown): string {
  return error instanceof Error ? error.constructor.name : 'unknown';
}
