import type {
  EpicState,
  EpicStateWire,
  ExpandedAnswers,
  ResolverContract,
  ResolverName,
  RiskReport,
  RiskReportWire,
  ScreenAnswer,
} from './contract';
import { compactAnalysis, expandAnalysis, TextShelf } from './wire';

/**
 * The resolver answers that carry an analysis, to and from their wire
 * form (see wire.ts). The resolvers compact; the UI's bridge expands once
 * on arrival, so the screens keep working on `Analysis`.
 */
export function compactEpicState(state: EpicState): EpicStateWire {
  const { analysis } = state;
  return {
    ...state,
    analysis: analysis === null ? null : compactAnalysis(analysis),
  };
}

export function expandEpicState(wire: EpicStateWire): EpicState {
  const { analysis } = wire;
  return {
    ...wire,
    analysis: analysis === null ? null : expandAnalysis(analysis),
  };
}

/**
 * The report in one go, its texts on one shelf. The resolver builds its
 * rows one by one instead, to stop at its budget (see risk-report.ts).
 */
export function compactRiskReport(report: RiskReport): RiskReportWire {
  const texts = new TextShelf();
  const epics = report.epics.map((row) => ({
    ...row,
    analysis:
      row.analysis === null ? null : compactAnalysis(row.analysis, texts),
  }));
  return { texts: texts.toWire(), epics, truncated: report.truncated };
}

export function expandRiskReport(wire: RiskReportWire): RiskReport {
  return {
    epics: wire.epics.map((row) => ({
      ...row,
      analysis:
        row.analysis === null ? null : expandAnalysis(row.analysis, wire.texts),
    })),
    truncated: wire.truncated,
  };
}

type Wired = keyof ExpandedAnswers;
type Wire<N extends Wired> = ResolverContract[N]['answer'];

const expanders: {
  readonly [N in Wired]: (wire: Wire<N>) => ExpandedAnswers[N];
} = {
  getEpicState: expandEpicState,
  analyze: expandEpicState,
  getRiskReport: expandRiskReport,
};

const compactors: {
  readonly [N in Wired]: (answer: ExpandedAnswers[N]) => Wire<N>;
} = {
  getEpicState: compactEpicState,
  analyze: compactEpicState,
  getRiskReport: compactRiskReport,
};

function isWired(name: ResolverName): name is Wired {
  return Object.hasOwn(expanders, name);
}

/**
 * An answer as a screen uses it. Throws a ThreatModelError when a wire
 * form cannot be read, such as one of another wire version.
 */
export function expandAnswer<N extends ResolverName>(
  name: N,
  answer: ResolverContract[N]['answer'],
): ScreenAnswer<N> {
  if (!isWired(name)) return answer as ScreenAnswer<N>;

  const expand = expanders[name] as (wire: unknown) => ScreenAnswer<N>;
  return expand(answer);
}

/** The wire form of an answer, as a resolver sends it; for stand-ins. */
export function compactAnswer<N extends ResolverName>(
  name: N,
  answer: ScreenAnswer<N>,
): ResolverContract[N]['answer'] {
  if (!isWired(name)) return answer as ResolverContract[N]['answer'];

  const compact = compactors[name] as (
    answer: unknown,
  ) => ResolverContract[N]['answer'];
  return compact(answer);
}
