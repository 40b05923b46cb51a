import { localRequester } from '../../local/requester';
import { createLocalSite, type LocalSite } from '../../local/site';
import {
  createJiraClient,
  type JiraClient,
} from '../../src/atlassian/jira-client';
import type { Requester } from '../../src/atlassian/request';
import { withRetry } from '../../src/atlassian/retry';
import type { SyncStore } from '../../src/app/backlog-store';
import {
  MITIGATION_PROPERTY,
  parseTicketProperty,
  type TicketProperty,
} from '../../src/backlog';

/** The fake time every part of a run shares: sleeping moves it. */
export interface Clock {
  time: number;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

export function clock(start = Date.parse('2026-12-01T10:00:00Z')): Clock {
  const c: Clock = {
    time: start,
    now: () => c.time,
    sleep: (ms) => {
      c.time += ms;
      return Promise.resolve();
    },
  };
  return c;
}

/** A seeded source in [0, 1), so every run draws the same. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

export function localSite(c: Clock): LocalSite {
  return createLocalSite({ dataDir: null, now: () => new Date(c.time) });
}

/**
 * Stops the "process": once tripped, every Jira call and store operation
 * throws, as if the resolver died there. `afterBulk` trips it just after
 * the next bulk create has been answered, before the sync can store what
 * it created.
 */
export interface KillSwitch {
  dead: boolean;
  afterBulk: boolean;
  afterCalls: number | null;
}

export function killSwitch(): KillSwitch {
  return { dead: false, afterBulk: false, afterCalls: null };
}

class Crash extends Error {
  override readonly name = 'Crash';
}

function dying(inner: Requester, kill: KillSwitch): Requester {
  return async (request) => {
    if (kill.dead) throw new Crash('the process is gone');
    if (kill.afterCalls !== null && kill.afterCalls-- <= 0) {
      kill.dead = true;
      throw new Crash('the process is gone');
    }

    const response = await inner(request);
    if (
      kill.afterBulk &&
      request.path.strings.join('') === '/rest/api/3/issue/bulk'
    ) {
      kill.afterBulk = false;
      kill.dead = true;
    }
    return response;
  };
}

export function dyingStore(inner: SyncStore, kill: KillSwitch): SyncStore {
  const guard = <T>(run: () => Promise<T>): Promise<T> =>
    kill.dead ? Promise.reject(new Crash('the process is gone')) : run();
  return {
    get: (key) => guard(() => inner.get(key)),
    set: (key, value) => guard(() => inner.set(key, value)),
    delete: (key) => guard(() => inner.delete(key)),
    setIfAbsent: (key, value) => guard(() => inner.setIfAbsent(key, value)),
  };
}

/** Lets a share of bulk creates through, then loses their answer. */
function losingBulkAnswers(
  inner: Requester,
  rate: number,
  random: () => number,
): Requester {
  return async (request) => {
    const response = await inner(request);
    const isBulk = request.path.strings.join('') === '/rest/api/3/issue/bulk';
    if (isBulk && response.status === 201 && random() < rate) {
      throw new Error('the answer was lost after Jira acted');
    }
    return response;
  };
}

export interface ChaosOptions {
  readonly kill?: KillSwitch;
  readonly lostBulkRate?: number;
  readonly seed?: number;
}

/** Jira as alice on the local site, through retry and injected trouble. */
export function chaoticJira(
  site: LocalSite,
  c: Clock,
  options: ChaosOptions = {},
): JiraClient {
  const random = seeded(options.seed ?? 7);
  let requester = localRequester(site, { kind: 'user', accountId: 'alice' });
  if (options.kill !== undefined) requester = dying(requester, options.kill);
  requester = losingBulkAnswers(requester, options.lostBulkRate ?? 0, random);

  return createJiraClient(
    withRetry(requester, {
      now: c.now,
      sleep: c.sleep,
      random,
      maxAttempts: 6,
    }),
  );
}

export interface SiteTicket {
  readonly key: string;
  readonly property: TicketProperty;
  readonly parentKey: string | null;
  readonly comments: number;
  readonly sprintIds: readonly number[];
}

/** The tickets the site holds in a project, read from its state. */
export function siteTickets(site: LocalSite, projectKey: string): SiteTicket[] {
  return Object.values(site.core.state.issues).flatMap((issue) => {
    const property = parseTicketProperty(issue.properties[MITIGATION_PROPERTY]);
    if (issue.projectKey !== projectKey || property === null) return [];
    return [
      {
        key: issue.key,
        property,
        parentKey: issue.parentKey,
        comments: issue.comments.length,
        sprintIds: issue.sprintIds,
      },
    ];
  });
}

/** Calls that change something: all but GETs and searches. */
export function writeCalls(calls: Readonly<Record<string, number>>): number {
  return Object.entries(calls)
    .filter(
      ([route]) =>
        !route.startsWith('GET ') && route !== 'POST /rest/api/3/search/jql',
    )
    .reduce((sum, [, count]) => sum + count, 0);
}

/** Whether two issues are joined by a link, either way. */
export function isLinked(site: LocalSite, a: string, b: string): boolean {
  return site.core.state.links.some(
    (link) =>
      (link.inwardKey === a && link.outwardKey === b) ||
      (link.inwardKey === b && link.outwardKey === a),
  );
}
