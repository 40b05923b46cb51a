import { resolve } from 'node:path';
import {
  installForgeRuntime,
  type ForgeRuntime,
} from '../../local/forge-runtime';
import { localRequester } from '../../local/requester';
import { createLocalSite, type LocalSite } from '../../local/site';
import {
  createJiraClient,
  type JiraClient,
} from '../../src/atlassian/jira-client';
import type { ResolverName, Result } from '../../src/app/contract';

/**
 * The local Atlassian site with the Forge runtime installed, so the app's
 * real handlers run through the real @forge/resolver, @forge/api and
 * @forge/kvs. Seeded people: alice administers ENG and SEC, carol only
 * views them, bob has no access to ENG.
 */
const ROOT = resolve(__dirname, '../..');

export interface Platform {
  readonly site: LocalSite;
  readonly runtime: ForgeRuntime;
  /** Jira as a person, outside the app: to move tickets, read properties. */
  jiraAs(accountId: string): JiraClient;
  /** Calls a resolver with the context the platform would build. */
  call(
    accountId: string,
    issueKey: string,
    name: ResolverName,
    payload: unknown,
  ): Promise<Result<unknown>>;
  close(): void;
}

export function startPlatform(): Platform {
  const site = createLocalSite({ dataDir: null, root: ROOT });
  const runtime = installForgeRuntime(site, {
    timeScale: 0,
    log: () => undefined,
  });

  return {
    site,
    runtime,
    jiraAs: (accountId) =>
      createJiraClient(localRequester(site, { kind: 'user', accountId })),
    call: async (accountId, issueKey, name, payload) =>
      (await runtime.invokeFunction('resolver', {
        payload: {
          call: { functionKey: name, payload },
          context: {
            accountId,
            extension: { type: 'jira:issuePanel', issue: { key: issueKey } },
          },
        },
        context: { principal: { accountId } },
      })) as Result<unknown>,
    close: () => {
      runtime.uninstall();
    },
  };
}
