import { analyzeEpic } from './analyze-epic';
import { answerTooLarge, jsonBytes, MAX_ANSWER_BYTES } from './answer-size';
import { toUiError } from './app-error';
import type { ResolverContract, ResolverName, Result } from './contract';
import { getEpicState } from './epic-state';
import { parsePayload, payloadSchemas } from './payloads';
import type { Caller, Ports } from './ports';
import { getRiskReport } from './risk-report';
import { importModel, saveModel } from './save-model';
import { getSettings, saveSettings } from './settings';
import { getSyncProgress, previewBacklog, syncBacklog } from './sync-jobs';
import { compactEpicState } from './wire-answers';

type Payload<N extends ResolverName> = ResolverContract[N]['payload'];
type Answer<N extends ResolverName> = ResolverContract[N]['answer'];
type UseCase<N extends ResolverName> = (
  ports: Ports,
  caller: Caller,
  payload: Payload<N>,
) => Promise<Answer<N>>;

/**
 * One use case per resolver name of the contract. An analysis leaves in
 * its compact wire form (see wire.ts).
 */
const useCases: { readonly [N in ResolverName]: UseCase<N> } = {
  getEpicState: async (ports, caller) =>
    compactEpicState(await getEpicState(ports, caller)),
  saveModel,
  importModel,
  analyze: async (ports, caller) =>
    compactEpicState(await analyzeEpic(ports, caller)),
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
 * becomes a contract error. Nothing thrown reaches the browser, and no
 * answer over MAX_ANSWER_BYTES either: it is refused as INPUT_TOO_LARGE.
 */
export async function runResolver<N extends ResolverName>(
  name: N,
  ports: Ports,
  caller: Caller,
  payload: unknown,
): Promise<Result<Answer<N>>> {
  const where = { resolver: name, issueKey: caller.issueKey };
  try {
    const parsed = parsePayload(payloadSchemas[name], payload) as Payload<N>;
    const useCase: UseCase<N> = useCases[name];
    const data = await useCase(ports, caller, parsed);

    const bytes = jsonBytes(data);
    if (bytes > MAX_ANSWER_BYTES) throw answerTooLarge(bytes);
    return { ok: true, data };
  } catch (error) {
    const uiError = toUiError(error, ports.log, where);
    if (uiError.code !== 'INTERNAL') {
      ports.log('resolver_refused', { ...where, code: uiError.code });
    }
    return { ok: false, error: uiError };
  }
}
