import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

import type { FrameGrant } from './pages/frames';
import { installContext, resolverContext } from './platform/context';
import { makeForgeFetch } from './platform/fetch';
import { FunctionNotFound, loadHandler } from './platform/loader';
import { LocalQueue } from './platform/queue';
import {
  forgeEvent,
  triggersFor,
  type ForgeIssueEvent,
} from './platform/triggers';
import {
  runtimeGlobal,
  RESOLVER_TIMEOUT_MS,
  withTimeout,
} from './platform/globals';
import type { TriggerModule } from './manifest';
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

const TRIGGER_TIMEOUT_MS = 55_000;
const CONSUMER_TIMEOUT_MS = 900_000;

const noop = () => undefined;

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

  async function runTrigger(trigger: TriggerModule, event: ForgeIssueEvent) {
    await new Promise((resolve) => setImmediate(resolve));
    const what = `trigger ${trigger.key} ${event.eventType} ${event.issue.key}`;
    try {
      await invokeFunction(trigger.functionKey, {
        payload: structuredClone(event),
        context: {
          installContext: installContext(site, 'jira'),
          moduleKey: trigger.key,
        },
        moduleKey: trigger.key,
        timeoutMs: TRIGGER_TIMEOUT_MS,
      });
      log(`${what} ok`);
    } catch (error) {
      log(`${what} failed: ${describe(error)}`);
    }
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
      const what = `consumer ${consumer.key} job ${String(event['jobId'])}`;
      try {
        const result = await invokeFunction(consumer.functionKey, {
          payload,
          context: install,
          moduleKey: consumer.key,
          timeoutMs: CONSUMER_TIMEOUT_MS,
        });
        log(`${what} ok (${Date.now() - started} ms)`);
        return result;
      } catch (error) {
        log(`${what} failed: ${describe(error)}`);
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
        track(runTrigger(trigger, event));
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
  globals.__forge_runtime__ = runtimeGlobal(site, () => storage.getStore());

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
