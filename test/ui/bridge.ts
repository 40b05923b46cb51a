import type {
  ResolverContract,
  ResolverName,
  Result,
  ScreenAnswer,
} from '../../src/app/contract';
import { compactAnswer } from '../../src/app/wire-answers';

/**
 * The host's side of `@forge/bridge`, for jsdom: `globalThis.__bridge`,
 * which the bridge reads when its modules load. Import this file before
 * any app module; each test then says how the resolvers answer, as the
 * screen sees it: an answer carrying an analysis is sent in its compact
 * wire form, as the resolvers send it.
 */
type Answers = {
  [N in ResolverName]?: (
    payload: ResolverContract[N]['payload'],
  ) => Result<ScreenAnswer<N>>;
};

export interface BridgeCall {
  readonly name: string;
  readonly payload: unknown;
}

let answers: Answers = {};
let asIs: Partial<Record<ResolverName, unknown>> = {};
let context: Record<string, unknown> = {};
export const calls: BridgeCall[] = [];

function callBridge(name: string, payload?: unknown): Promise<unknown> {
  calls.push({ name, payload });
  switch (name) {
    case 'invoke':
      return Promise.resolve(invoke(payload));
    case 'getContext':
      return Promise.resolve(context);
    case 'enableTheming':
    case 'submit':
    case 'close':
      return Promise.resolve(true);
    default:
      return Promise.reject(new Error(`the stub bridge has no ${name}`));
  }
}

function invoke(payload: unknown): unknown {
  const { functionKey, payload: body } = payload as {
    functionKey: ResolverName;
    payload: never;
  };
  if (Object.hasOwn(asIs, functionKey)) return asIs[functionKey];

  const answer = answers[functionKey] as
    ((body: never) => Result<ScreenAnswer<ResolverName>>) | undefined;
  if (answer === undefined) {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: `no ${functionKey}` },
    };
  }

  const result = answer(body);
  if (!result.ok) return result;
  return { ok: true, data: compactAnswer(functionKey, result.data) };
}

(globalThis as { __bridge?: unknown }).__bridge = { callBridge };

/** Sets how the resolvers answer and what the host context holds. */
export function answerWith(
  next: Answers,
  host: Record<string, unknown> = {},
): void {
  answers = next;
  asIs = {};
  context = { siteUrl: 'https://example.atlassian.net', ...host };
  calls.length = 0;
}

/** Makes a resolver answer exactly `answer`, with no wire form applied. */
export function answerAsIs(name: ResolverName, answer: unknown): void {
  asIs = { ...asIs, [name]: answer };
}

export function invoked(name: ResolverName): unknown[] {
  return calls
    .filter((call) => call.name === 'invoke')
    .map((call) => call.payload as { functionKey: string; payload: unknown })
    .filter((call) => call.functionKey === name)
    .map((call) => call.payload);
}

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}
