import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { manifestFromText, type ManifestInfo } from '../../local/manifest';
import {
  createLocalSite,
  type LocalSite,
  type LocalSiteOptions,
} from '../../local/site';
import type { SiteResponse } from '../../local/types';

/** A fresh, seeded site kept in memory, with a fixed clock. */
export function memorySite(options: LocalSiteOptions = {}): LocalSite {
  return createLocalSite({
    dataDir: null,
    manifest: TEST_MANIFEST,
    now: () => new Date('2026-12-01T10:00:00Z'),
    ...options,
  });
}

export function tempDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'local-site-'));
  return {
    path,
    remove: () => {
      rmSync(path, { recursive: true, force: true });
    },
  };
}

export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  /** Parsed JSON: tests read into it freely and assert on what they find. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
  readonly text: string;
}

export type Caller =
  'alice' | 'bob' | 'carol' | 'app' | 'anonymous' | `via-app:${string}`;

function credential(as: Caller): Record<string, string> {
  if (as === 'anonymous') return {};
  if (as === 'app') return { authorization: 'Bearer local-app' };
  if (as.startsWith('via-app:'))
    return { authorization: `Bearer local-app-user:${as.slice(8)}` };
  return { authorization: `Bearer local-user:${as}` };
}

export function toAnswer(response: SiteResponse): Answer {
  const text = response.body.toString();
  let body: unknown = text;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body, text };
}

/** One REST call in process. */
export async function call(
  site: LocalSite,
  method: string,
  url: string,
  as: Caller = 'alice',
  body?: unknown,
): Promise<Answer> {
  const headers: Record<string, string> = { ...credential(as) };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await site.handle({
    method,
    url,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return toAnswer(response);
}

/** The app's manifest, reduced to what these tests need. */
export const TEST_MANIFEST_TEXT = `
app:
  id: ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000000
modules:
  jira:issuePanel:
    - key: threat-model-panel
      resource: panel
      resolver: { function: resolver }
      title: Threat model
  macro:
    - key: threat-risk-report
      resource: macro
      resolver: { function: resolver }
      title: Risk report
      config: { resource: macro-config }
  trigger:
    - key: ticket-changed
      function: on-issue
      events: [avi:jira:created:issue, avi:jira:updated:issue]
      filter: { ignoreSelf: true }
  consumer:
    - key: sync-consumer
      queue: backlog-sync
      function: on-queue
  jira:entityProperty:
    - key: mitigation-index
      entityType: issue
      propertyKey: threat-model-mitigation
      values:
        - path: key
          type: string
          searchAlias: threatMitigationKey
        - path: epics
          type: string
  function:
    - key: resolver
      handler: forge/index.resolver
    - key: on-issue
      handler: forge/index.onIssue
    - key: on-queue
      handler: forge/index.onQueue
resources:
  - key: panel
    path: static/panel/build
  - key: macro
    path: static/macro/build
  - key: macro-config
    path: static/macro-config/build
permissions:
  scopes:
    - read:jira-work
    - write:jira-work
    - storage:app
    - read:board-scope:jira-software
    - read:sprint:jira-software
    - write:sprint:jira-software
`;

export const TEST_MANIFEST: ManifestInfo = manifestFromText(TEST_MANIFEST_TEXT);

/** The fixture app (test/local/fixture-app) whose src/forge the runtime runs. */
export const FIXTURE_ROOT = join(__dirname, 'fixture-app');

/** A JSON list from an answer, typed for the test that reads it. */
export function list<T>(value: unknown): T[] {
  if (!Array.isArray(value)) throw new Error('expected a list');
  return value as T[];
}
