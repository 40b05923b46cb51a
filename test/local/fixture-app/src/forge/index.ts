import { asApp, asUser, route } from '@forge/api';
import { Queue } from '@forge/events';
import { kvs } from '@forge/kvs';
import Resolver from '@forge/resolver';

/**
 * A tiny Forge app for the local runtime's tests: its handlers use the
 * real @forge/api, @forge/kvs, @forge/events and @forge/resolver, and
 * record what the platform handed them in `received`.
 */
export const received: { handler: string; event: unknown }[] = [];

interface Extension {
  readonly issue?: { readonly key: string };
}

const definitions = new Resolver();

definitions.define('echo', ({ payload, context }) => ({
  payload: payload as unknown,
  accountId: context.accountId as unknown,
  extension: context.extension as unknown,
}));

definitions.define('readIssueAsUser', async ({ context }) => {
  const key = (context.extension as Extension).issue?.key ?? '';
  const response = await asUser().requestJira(
    route`/rest/api/3/issue/${key}?fields=summary`,
  );
  return { status: response.status, body: (await response.json()) as unknown };
});

definitions.define('readIssueAsApp', async ({ payload }) => {
  const key = (payload as { key: string }).key;
  const response = await asApp().requestJira(
    route`/rest/api/3/issue/${key}?fields=summary`,
  );
  return { status: response.status };
});

definitions.define('remember', async ({ payload }) => {
  const { key, value } = payload as { key: string; value: unknown };
  await kvs.set(key, value);
  return { stored: await kvs.get(key) };
});

definitions.define('enqueue', async ({ payload }) => {
  const result = await new Queue({ key: 'backlog-sync' }).push({
    body: payload as Record<string, unknown>,
  });
  return { jobId: result.jobId };
});

export const resolver = definitions.getDefinitions();

export function onIssue(event: unknown): void {
  received.push({ handler: 'onIssue', event });
}

let failuresLeft = 0;

export function failNextQueueDeliveries(count: number): void {
  failuresLeft = count;
}

export function onQueue(event: unknown): void {
  received.push({ handler: 'onQueue', event });
  if (failuresLeft > 0) {
    failuresLeft -= 1;
    throw new Error('asked to fail');
  }
}
