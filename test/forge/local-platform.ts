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
  /** Calls the resolver from a risk-report macro saved with `config`. */
  callMacro(
    accountId: string,
    config: unknown,
    name: ResolverName,
  ): Promise<Result<unknown>>;
  /** Calls the resolver with any function key, as a crafted request may. */
  callRaw(accountId: string, functionKey: string): Promise<unknown>;
  close(): void;
}

export function startPlatform(): Platform {
  const site = createLocalSite({ dataDir: null, root: ROOT });
  const runtime = installForgeRuntime(site, {
    timeScale: 0,
    log: () => undefined,
  });

  const invoke = (
    accountId: string,
    functionKey: string,
    extension: Record<string, unknown>,
    payload: unknown = {},
  ) =>
    runtime.invokeFunction('resolver', {
      payload: {
        call: { functionKey, payload },
        context: { accountId, extension },
      },
      context: { principal: { accountId } },
    });

  return {
    site,
    runtime,
    jiraAs: (accountId) =>
      createJiraClient(localRequester(site, { kind: 'user', accountId })),
    call: async (accountId, issueKey, name, payload) =>
      (await invoke(
        accountId,
        name,
        { type: 'jira:issuePanel', issue: { key: issueKey } },
        payload,
      )) as Result<unknown>,
    callMacro: async (accountId, config, name) =>
      (await invoke(accountId, name, {
        type: 'macro',
        config,
      })) as Result<unknown>,
    callRaw: (accountId, functionKey) =>
      invoke(accountId, functionKey, {
        type: 'jira:issuePanel',
        issue: { key: 'ENG-1' },
      }),
    close: () => {
      runtime.uninstall();
    },
  };
}

/**
 * A platform for one test file: started before its tests (then `setUp`
 * runs), closed after, with the app's log lines kept out of the output.
 */
export function usePlatform(
  setUp: (platform: Platform) => Promise<void> = () => Promise.resolve(),
): () => Platform {
  let platform: Platform | undefined;

  beforeAll(async () => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    platform = startPlatform();
    await setUp(platform);
  }, 60_000);

  afterAll(() => {
    platform?.close();
    jest.restoreAllMocks();
  });

  return () => {
    if (platform === undefined) throw new Error('the platform is not started');
    return platform;
  };
}
