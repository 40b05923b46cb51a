import { invoke, router, view } from '@forge/bridge';
import type {
  ResolverContract,
  ResolverName,
  Result,
  ScreenAnswer,
  UiError,
} from '../../src/app/contract';
import { expandAnswer } from '../../src/app/wire-answers';

/**
 * The one door to the host. Resolver calls answer a `Result` and never
 * throw: a broken bridge or an odd answer becomes an INTERNAL error with a
 * message a person can act on, so every screen has one error path. An
 * analysis arrives in its compact wire form and is expanded here, once,
 * so the screens work on `Analysis`.
 */
export type Payload<N extends ResolverName> = ResolverContract[N]['payload'];
export type Answer<N extends ResolverName> = ScreenAnswer<N>;

export async function callResolver<N extends ResolverName>(
  name: N,
  payload: Payload<N>,
): Promise<Result<Answer<N>>> {
  let answer: unknown;
  try {
    answer = await invoke(name, payload as Record<string, unknown>);
  } catch {
    return failure('The app could not be reached. Try again in a moment.');
  }

  if (!isResult(answer)) {
    return failure('The app gave an answer this screen does not understand.');
  }

  const result = answer as Result<ResolverContract[N]['answer']>;
  if (!result.ok) return result;
  try {
    return { ok: true, data: expandAnswer(name, result.data) };
  } catch {
    return failure(
      'The app was updated and this screen cannot read its answer. Reload the page.',
    );
  }
}

export function failure(message: string): { ok: false; error: UiError } {
  return { ok: false, error: { code: 'INTERNAL', message } };
}

function isResult(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;

  const result = value as { ok?: unknown; data?: unknown; error?: unknown };
  if (result.ok === true) return 'data' in result;
  return result.ok === false && typeof result.error === 'object';
}

/** What the host tells a Custom UI page about where it runs. */
export interface HostContext {
  readonly siteUrl: string;
  readonly colorMode: 'light' | 'dark' | null;
  readonly config: Readonly<Record<string, unknown>> | null;
}

export async function loadHostContext(): Promise<HostContext> {
  try {
    const context = (await view.getContext()) as {
      siteUrl?: unknown;
      theme?: { colorMode?: unknown } | null;
      extension?: { config?: unknown };
    };
    const mode = context.theme?.colorMode;
    const config = context.extension?.config;
    return {
      siteUrl: typeof context.siteUrl === 'string' ? context.siteUrl : '',
      colorMode: mode === 'light' || mode === 'dark' ? mode : null,
      config: isRecord(config) ? config : null,
    };
  } catch {
    return { siteUrl: '', colorMode: null, config: null };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Asks the host to inject its theme tokens; harmless where it cannot. */
export async function enableHostTheme(): Promise<void> {
  try {
    await view.theme.enable();
  } catch {
    // The page keeps its own light and dark fallbacks.
  }
}

/** Opens a product page in the host's tab; a plain link where it cannot. */
export async function openInHost(url: string): Promise<void> {
  try {
    await router.navigate(url);
  } catch {
    window.open(url, '_top', 'noopener');
  }
}

/** Saves a macro's configuration and closes the config screen. */
export async function submitMacroConfig(
  config: Readonly<Record<string, string>>,
): Promise<void> {
  await view.submit({ config });
}

export async function closeView(): Promise<void> {
  try {
    await view.close();
  } catch {
    // Not in a dialog: nothing to close.
  }
}
