import { analyzeEpic } from './analyze-epic';
import { toUiError } from './app-error';
import type { ResolverContract, ResolverName, Result } from './contract';
import { getEpicState } from './epic-state';
import { parsePayload, payloadSchemas } from './payloads';
import type { Caller, Ports } from './ports';
import { getRiskReport } from './risk-report';
import { importModel, saveModel } from './save-model';
import { getSettings, saveSettings } from './settings';
import { getSyncProgress, previewBacklog, syncBacklog } from './sync-jobs';

type Payload<N extends ResolverName> = ResolverContract[N]['payload'];
type Answer<N extends ResolverName> = ResolverContract[N]['answer'];
type UseCase<N extends ResolverName> = (
  ports: Ports,
  caller: Caller,
  payload: Payload<N>,
) => Promise<Answer<N>>;

/** One use case per resolver name of the contract. */
const useCases: { readonly [N in ResolverName]: UseCase<N> } = {
  getEpicState: (ports, caller) => getEpicState(ports, caller),
  saveModel,
  importModel,
  analyze: (ports, caller) => analyzeEpic(ports, caller),
  previewBacklog: (ports, caller) => previewBacklog(ports, caller),
  syncBacklog: (ports, caller) => syncBacklog(ports, caller),
  getSyncProgress,
  getSettings: (ports) => getSettings(ports),
  saveSettings,
  getRiskReport: (ports, caller) => getRiskReport(ports, caller),
};

export const RESOLVER_NAMES = Object.keys(useCases) as ResolverName[];

/**
 * Runs one resolver: the payload is checked against its strict schema,
 * the use case runs with the caller the platform named, and every failure
 * becomes a contract error. Nothing thrown reaches the browser.
 */
export async function runResolver<N extends ResolverName>(
  name: N,
  ports: Ports,
  caller: Caller,
  payload: unknown,
): Promise<Result<Answer<N>>> {
  try {
    const parsed = parsePayload(payloadSchemas[name], payload) as Payload<N>;
    const useCase: UseCase<N> = useCases[name];
    return { ok: true, data: await useCase(ports, caller, parsed) };
  } catch (error) {
    const where = { resolver: name, issueKey: caller.issueKey };
    const uiError = toUiError(error, ports.log, where);
    if (uiError.code !== 'INTERNAL') {
      ports.log('resolver_refused', { ...where, code: uiError.code });
    }
    return { ok: false, error: uiError };
  }
}
