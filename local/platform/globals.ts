import type { LocalSite } from '../site';

/**
 * `global.__forge_runtime__` as the pinned @forge/api reads it: metrics
 * (a no-op here), the app context of the current invocation, the time
 * left, tracing ids. No `kvs.url`, so @forge/kvs sends its calls through
 * `__forge_fetch__` as the app.
 */
export interface CurrentInvocation {
  readonly invocationId: string;
  readonly moduleKey: string;
}

export const RESOLVER_TIMEOUT_MS = 25_000;

const noop = () => undefined;

const metrics = {
  counter: () => ({ incr: noop, decr: noop }),
  timing: () => ({ measure: () => ({ stop: noop }) }),
  gauge: () => ({ set: noop }),
  histogram: () => ({ record: noop }),
};

export function runtimeGlobal(
  site: LocalSite,
  current: () => CurrentInvocation | undefined,
): object {
  const manifest = site.core.manifest;
  return {
    proxy: { token: 'local', url: '' },
    tracing: { traceId: 'local-trace', spanId: 'local-span' },
    metrics,
    externalAuth: [],
    get appContext() {
      const invocation = current();
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
}

export function withTimeout<T>(
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
