import { resolve } from 'node:path';

import { handleApi } from './api';
import type { IssueEvent, SiteCore } from './core';
import { Faults, mergeFaults, type FaultConfig } from './faults';
import { normalizeHeaders, text } from './http';
import { readManifest, type ManifestInfo } from './manifest';
import { handlePage, type Platform } from './pages/index';
import { Persister } from './persist';
import { isApiPath } from './routes';
import { seedState } from './seed';
import type { SiteRequest, SiteResponse, SiteState } from './types';

/**
 * A local Jira Cloud and Confluence in one object: `handle` serves a
 * request in process (tests need no socket), `startServer` puts it on
 * loopback. State lives in `dataDir` (default `.local-site/` in the
 * repository) and survives restarts; `reset` seeds afresh.
 */
export interface LocalSiteOptions {
  /** Where state is kept; null keeps it in memory only. */
  readonly dataDir?: string | null;
  /** Seed a fresh site when nothing is saved (default true). */
  readonly seed?: boolean;
  /** Throw away what is saved and seed again. */
  readonly reset?: boolean;
  /** The manifest; by default read from the repository root. */
  readonly manifest?: ManifestInfo | null;
  readonly root?: string;
  readonly now?: () => Date;
  readonly baseUrl?: string;
}

/** One logged call: never a body, never a query string. */
export interface CallRecord {
  readonly method: string;
  readonly route: string;
  readonly status: number;
  readonly ms: number;
}

export interface LocalSite {
  handle(request: SiteRequest): Promise<SiteResponse>;
  /** Calls per endpoint, e.g. `GET /rest/api/3/issue/{key}` → 3. */
  readonly calls: Readonly<Record<string, number>>;
  readonly log: readonly CallRecord[];
  resetCalls(): void;
  readonly faults: FaultConfig;
  /** Merges fault settings; throws on an invalid one. */
  setFaults(settings: Partial<FaultConfig>): FaultConfig;
  forbidUser(accountId: string, projectKey: string): void;
  allowUser(accountId: string, projectKey: string): void;
  onIssueEvent(listener: (event: IssueEvent) => void): () => void;
  attachPlatform(platform: Platform | null): void;
  readonly platform: Platform | null;
  readonly core: SiteCore;
  readonly root: string;
  /** True when this site was seeded now rather than loaded from disk. */
  readonly freshlySeeded: boolean;
  /** Writes pending state now. */
  flush(): void;
}

const LOG_LIMIT = 1000;

function freshState(
  options: LocalSiteOptions,
  persister: Persister,
  manifest: ManifestInfo | null,
  now: () => Date,
): { state: SiteState; seeded: boolean } {
  if (options.reset === true) persister.erase();
  const saved = options.reset === true ? null : persister.load();
  if (saved !== null) return { state: saved, seeded: false };

  const macroKey =
    manifest?.uiModules.find((m) => m.type === 'macro')?.key ?? 'risk-report';
  const state = seedState(now(), macroKey);
  if (options.seed === false) {
    Object.assign(state, {
      issues: {},
      links: [],
      pages: [],
      sprints: [],
      boards: [],
    });
  }
  persister.flush(state);
  return { state, seeded: options.seed !== false };
}

export function createLocalSite(options: LocalSiteOptions = {}): LocalSite {
  const root = options.root ?? resolve(__dirname, '..');
  const dataDir =
    options.dataDir === undefined
      ? resolve(root, '.local-site')
      : options.dataDir;
  const now = options.now ?? (() => new Date());
  const manifest =
    options.manifest === undefined ? readManifest(root) : options.manifest;
  const persister = new Persister(dataDir);
  const { state, seeded } = freshState(options, persister, manifest, now);
  const listeners = new Set<(event: IssueEvent) => void>();
  const faults = new Faults(now);
  let calls: Record<string, number> = {};
  const log: CallRecord[] = [];
  let platform: Platform | null = null;

  const core: SiteCore = {
    state,
    manifest,
    baseUrl: options.baseUrl ?? 'http://127.0.0.1:3000',
    frameBaseUrl: '',
    cloudId: 'a7c1e1a0-10ca-4000-8000-000000000001',
    now,
    changed: () => {
      persister.schedule(state);
    },
    emit: (event) => {
      for (const listener of listeners) listener(event);
    },
  };

  const record = (
    method: string,
    route: string,
    status: number,
    started: number,
  ) => {
    const key = `${method} ${route}`;
    calls[key] = (calls[key] ?? 0) + 1;
    log.push({ method, route, status, ms: Date.now() - started });
    if (log.length > LOG_LIMIT) log.splice(0, log.length - LOG_LIMIT);
  };

  const site: LocalSite = {
    async handle(raw) {
      const started = Date.now();
      const request = {
        ...raw,
        method: raw.method.toUpperCase(),
        headers: normalizeHeaders(raw.headers),
      };
      let url: URL;
      try {
        url = new URL(request.url, 'http://local.site');
      } catch {
        return text(400, 'Bad request URL');
      }
      if (!isApiPath(url.pathname)) return handlePage(site, request, url);

      try {
        const outcome = await handleApi(core, faults, request, url);
        record(
          request.method,
          outcome.template,
          outcome.response.status,
          started,
        );
        return outcome.response;
      } catch (error) {
        record(request.method, url.pathname, 0, started);
        throw error;
      }
    },
    get calls() {
      return calls;
    },
    log,
    resetCalls() {
      calls = {};
      log.length = 0;
    },
    get faults() {
      return faults.config;
    },
    setFaults(settings) {
      const merged = mergeFaults(faults.config, settings);
      if (typeof merged === 'string') throw new Error(merged);
      faults.configure(merged);
      return merged;
    },
    forbidUser(accountId, projectKey) {
      const pair = `${accountId} ${projectKey}`;
      if (!state.forbidden.includes(pair)) state.forbidden.push(pair);
      core.changed();
    },
    allowUser(accountId, projectKey) {
      state.forbidden = state.forbidden.filter(
        (p) => p !== `${accountId} ${projectKey}`,
      );
      core.changed();
    },
    onIssueEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    attachPlatform(next) {
      platform = next;
    },
    get platform() {
      return platform;
    },
    core,
    root,
    freshlySeeded: seeded,
    flush() {
      persister.flush(state);
    },
  };
  return site;
}
