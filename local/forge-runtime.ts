import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

import type { FrameGrant } from './pages/frames';
import { installContext, resolverContext } from './platform/context';
import { makeForgeFetch } from './platform/fetch';
import { FunctionNotFound, loadHandler } from './platform/loader';
import { LocalQueue } from './platform/queue';
import { forgeEvent, triggersFor } from './platform/triggers';
import type { LocalSite } from './site';

/**
 * The Forge platform on the local site. Installing it sets the two
 * globals the pinned @forge/api 8.3.0 and @forge/kvs 1.6.5 read
 * (`__forge_fetch__`, `__forge_runtime__`), so the app's real code runs
 * unchanged: requests go to the local Jira, Confluence and app storage
 * as the invocation's user or as the app. It also runs resolvers for the
 * pages' frames, delivers product events to the manifest's triggers and
 * queue events to its consumers.
 */
export interface Invocation {
  readonly invocationId: string;
  readonly functionKey: string;
  readonly moduleKey: string;
  readonly accountId: string | undefined;
}

export interface InvokeOptions {
  /** The function's first argument, e.g. `{ call, context }` for resolvers. */
  readonly payload: unknown;
  /** The second argument: the platform's runtime payload. */
  readonly context?: Record<string, unknown>;
  readonly moduleKey?: string;
  readonly timeoutMs?: number;
}

export interface ForgeRuntime {
  invokeFunction(functionKey: string, options: InvokeOptions): Promise<unknown>;
  /** What `/_local/invoke` runs: a resolver, with the context from a grant. */
  invokeResolver(
    grant: FrameGrant,
    resolverName: string,
    payload: unknown,
  ): Promise<unknown>;
  /** Waits until queued events and triggers have run (and their retries). */
  drain(): Promise<void>;
  uninstall(): void;
}

export interface RuntimeOptions {
  /** Multiplies queue delays and retry waits; 0 in tests. */
  readonly timeScale?: number;
  readonly log?: (line: string) => void;
}

const RESOLVER_TIMEOUT_MS = 25_000;
const TRIGGER_TIMEOUT_MS = 55_000;
const CONSUMER_TIMEOUT_MS = 900_000;

const noop = () => undefined;
const metrics = {
  counter: () => ({ incr: noop, decr: noop }),
  timing: () => ({ measure: () => ({ stop: noop }) }),
  gauge: () => ({ set: noop }),
  histogram: () => ({ record: noop }),
};

function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  what: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${what} timed out after ${ms / 1000} s`));
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => {
    clearTimeout(timer);
  });
}

/** Logs never carry app text: only a missing function is explained. */
function describe(error: unknown): string {
  if (error instanceof FunctionNotFound) return error.message;
  return error instanceof Error ? error.name : 'error';
}

type Globals = typeof globalThis & {
  __forge_fetch__?: unknown;
  __forge_runtime__?: unknown;
};

export function installForgeRuntime(
  site: LocalSite,
  options: RuntimeOptions = {},
): ForgeRuntime {
  const storage = new AsyncLocalStorage<Invocation>();
  const pending = new Set<Promise<unknown>>();
  const log =
    options.log ??
    ((line: string) => {
      console.log(`[local] ${line}`);
    });
  const manifest = site.core.manifest;
  const track = (work: Promise<unknown>) => {
    const settled = work.catch(noop).finally(() => pending.delete(settled));
    pending.add(settled);
  };

  async function invokeFunction(
    functionKey: string,
    invoke: InvokeOptions,
  ): Promise<unknown> {
    const handler = loadHandler(site.root, manifest, functionKey);
    const context = invoke.context ?? {};
    const principal = context['principal'] as
      { accountId?: string } | undefined;
    const invocation: Invocation = {
      invocationId: randomUUID(),
      functionKey,
      moduleKey: invoke.moduleKey ?? functionKey,
      accountId:
        principal?.accountId ?? (context['accountId'] as string | undefined),
    };
    const run = storage.run(invocation, () =>
      Promise.resolve().then(() => handler(invoke.payload, context)),
    );
    return withTimeout(
      run,
      invoke.timeoutMs ?? RESOLVER_TIMEOUT_MS,
      `function '${functionKey}'`,
    );
  }

  const queue = new LocalQueue({
    consumers: () => manifest?.consumers ?? [],
    duplicate: () => site.faults.duplicateEvents,
    timeScale: options.timeScale ?? 1,
    track,
    log,
    deliver: async ({ consumer, event }) => {
      const install = { installContext: installContext(site, 'jira') };
      const payload =
        consumer.method === null
          ? event
          : {
              call: {
                functionKey: consumer.method,
                payload: event['body'],
                jobId: event['jobId'],
              },
              context: {
                moduleKey: consumer.key,
                retryContext: event['retryContext'],
              },
            };
      const started = Date.now();
      try {
        const result = await invokeFunction(consumer.functionKey, {
          payload,
          context: install,
          moduleKey: consumer.key,
          timeoutMs: CONSUMER_TIMEOUT_MS,
        });
        log(
          `consumer ${consumer.key} job ${String(event['jobId'])} ok (${Date.now() - started} ms)`,
        );
        return result;
      } catch (error) {
        log(
          `consumer ${consumer.key} job ${String(event['jobId'])} failed: ${describe(error)}`,
        );
        throw error;
      }
    },
  });

  const unsubscribe = site.onIssueEvent((issueEvent) => {
    const event = forgeEvent(site.core, issueEvent);
    if (event === null) return;
    const copies = site.faults.duplicateEvents ? 2 : 1;
    for (const trigger of triggersFor(manifest?.triggers ?? [], event)) {
      for (let copy = 0; copy < copies; copy += 1) {
        const context = {
          installContext: installContext(site, 'jira'),
          moduleKey: trigger.key,
        };
        const work = new Promise((resolve) => setImmediate(resolve)).then(() =>
          invokeFunction(trigger.functionKey, {
            payload: structuredClone(event),
            context,
            moduleKey: trigger.key,
            timeoutMs: TRIGGER_TIMEOUT_MS,
          }),
        );
        work.then(
          () => {
            log(
              `trigger ${trigger.key} ${event.eventType} ${event.issue.key} ok`,
            );
          },
          (error: unknown) => {
            log(
              `trigger ${trigger.key} ${event.issue.key} failed: ${describe(error)}`,
            );
          },
        );
        track(work);
      }
    }
  });

  const globals = globalThis as Globals;
  const previous = {
    fetch: globals.__forge_fetch__,
    runtime: globals.__forge_runtime__,
  };
  globals.__forge_fetch__ = makeForgeFetch(
    site,
    () => storage.getStore()?.accountId,
    (path, body) => queue.handle(path, body),
  );
  globals.__forge_runtime__ = {
    proxy: { token: 'local', url: '' },
    tracing: { traceId: 'local-trace', spanId: 'local-span' },
    metrics,
    externalAuth: [],
    get appContext() {
      const invocation = storage.getStore();
      return {
        appId: manifest?.appId ?? 'local-app',
        appVersion: '1.0.0',
        environmentId: 'local-development',
        environmentType: 'DEVELOPMENT',
        invocationId: invocation?.invocationId ?? 'none',
        installationId: site.core.cloudId,
        moduleKey: invocation?.moduleKey ?? '',
        permissions: { scopes: manifest?.scopes ?? [], external: {} },
      };
    },
    lambdaContext: { getRemainingTimeInMillis: () => RESOLVER_TIMEOUT_MS },
  };

  const runtime: ForgeRuntime = {
    invokeFunction,
    async invokeResolver(grant, resolverName, payload) {
      const module = manifest?.uiModules.find((m) => m.key === grant.moduleKey);
      if (module?.resolverFunction == null)
        throw new Error(`module '${grant.moduleKey}' has no resolver function`);
      const context = resolverContext(site, grant);
      if (context === null)
        throw new Error('the issue or page of this frame is gone or hidden');
      const product = grant.target.kind === 'issue' ? 'jira' : 'confluence';
      return invokeFunction(module.resolverFunction, {
        payload: { call: { functionKey: resolverName, payload }, context },
        context: {
          principal: { accountId: grant.accountId },
          installContext: installContext(site, product),
        },
        moduleKey: grant.moduleKey,
      });
    },
    async drain() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    uninstall() {
      unsubscribe();
      site.attachPlatform(null);
      globals.__forge_fetch__ = previous.fetch;
      globals.__forge_runtime__ = previous.runtime;
    },
  };
  site.attachPlatform({
    invoke: (grant, name, payload) =>
      runtime.invokeResolver(grant, name, payload),
  });
  return runtime;
}
