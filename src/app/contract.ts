import type { Analysis } from '../analysis/types';
import type { Problem } from '../model/errors';
import type { Severity } from '../model/vocabulary';
import type { ThreatModel, ThreatModelInput } from '../model/schema';
import type { WireAnalysis, WireTexts } from './wire';

/**
 * What the Custom UI and the resolvers say to each other. Every resolver
 * answers a `Result`: the UI shows `error.message`, and never receives a
 * stack. The epic (or page) always comes from the Forge context, never
 * from a payload, so no payload here names an issue to act on.
 */
export type ErrorCodeForUi =
  | 'INVALID_PAYLOAD'
  | 'INVALID_MODEL'
  | 'PARSE_ERROR'
  | 'UNSUPPORTED_FORMAT'
  | 'INPUT_TOO_LARGE'
  | 'UNSAFE_INPUT'
  | 'NOT_AN_EPIC'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'NOT_CONFIGURED'
  | 'BUSY'
  | 'JIRA_ERROR'
  | 'INTERNAL';

export interface UiError {
  readonly code: ErrorCodeForUi;
  readonly message: string;
  readonly problems?: readonly Problem[];
}

export type Result<T> =
  | { readonly ok: true; readonly data: T }
  | { readonly ok: false; readonly error: UiError };

export interface EpicRef {
  readonly key: string;
  readonly summary: string;
  readonly canEdit: boolean;
}

export interface RevisionEntry {
  readonly revision: number;
  readonly accountId: string;
  /** ISO 8601. */
  readonly at: string;
  /** Counts of what changed, never the text of the model. */
  readonly change: {
    readonly added: number;
    readonly removed: number;
    readonly changed: number;
  };
}

export interface TicketRef {
  readonly mitigationKey: string;
  readonly issueKey: string;
  readonly statusCategory: 'new' | 'indeterminate' | 'done';
}

export interface EpicState {
  readonly epic: EpicRef;
  readonly model: ThreatModel | null;
  readonly revision: number;
  /** The model changed after the last analysis. */
  readonly stale: boolean;
  readonly analysis: Analysis | null;
  readonly analyzedRevision: number | null;
  readonly tickets: readonly TicketRef[];
  readonly history: readonly RevisionEntry[];
}

export interface TicketDraft {
  readonly mitigationKey: string;
  readonly summary: string;
  readonly priority: string;
  readonly projectKey: string;
  readonly issueType: string;
  readonly labels: readonly string[];
  readonly sprint: string | null;
  readonly threats: readonly string[];
  readonly severity: Severity;
}

export interface BacklogPlanView {
  readonly create: readonly TicketDraft[];
  readonly unchanged: readonly TicketRef[];
  /** Tickets whose mitigation no longer applies: they get a comment. */
  readonly obsolete: readonly TicketRef[];
}

export type SyncState = 'queued' | 'running' | 'done' | 'failed';

export interface SyncProgress {
  readonly jobId: string;
  readonly state: SyncState;
  readonly total: number;
  readonly done: number;
  readonly created: readonly TicketRef[];
  readonly error?: UiError;
}

export interface Settings {
  readonly backlogProjectKey: string;
  readonly issueType: string;
  readonly labels: readonly string[];
  /** Jira priority name per residual severity. */
  readonly priorities: Readonly<Record<Severity, string>>;
  readonly sprint: 'none' | 'active' | 'next';
  /**
   * Which open mitigations get a new ticket: the recommended ones (see
   * MitigationItem.recommended), or all of them.
   */
  readonly ticketScope: TicketScope;
}

export type TicketScope = 'recommended' | 'all';

export interface RiskReport {
  readonly epics: readonly {
    readonly epic: EpicRef;
    readonly model: ThreatModel | null;
    readonly analysis: Analysis | null;
    readonly tickets: readonly TicketRef[];
    readonly stale: boolean;
  }[];
  /**
   * More epics matched than the report shows: over 50, or more than one
   * call can analyze (see risk-report.ts). Epics the viewer may not see
   * are never counted.
   */
  readonly truncated: boolean;
}

/**
 * What the macro's config screen saves (Custom UI `view.submit({ config })`)
 * and the resolver reads from `context.extension.config`: one epic, or the
 * epics a JQL finds (at most 50, only those the viewer may see).
 */
export type RiskReportConfig =
  | { readonly source: 'epic'; readonly epicKey: string }
  | { readonly source: 'jql'; readonly jql: string };

/**
 * EpicState as the resolvers send it: the analysis in its compact wire
 * form (see wire.ts), which the UI's bridge expands on arrival.
 */
export type EpicStateWire = Omit<EpicState, 'analysis'> & {
  readonly analysis: WireAnalysis | null;
};

/** RiskReport as the resolvers send it (see EpicStateWire). */
export interface RiskReportWire {
  /** The rules' and mitigations' texts of every epic's analysis, once. */
  readonly texts: WireTexts;
  readonly epics: readonly (Omit<RiskReport['epics'][number], 'analysis'> & {
    readonly analysis: WireAnalysis | null;
  })[];
  readonly truncated: boolean;
}

/** Resolver name → payload and answer. */
export interface ResolverContract {
  getEpicState: { payload: Record<string, never>; answer: EpicStateWire };
  saveModel: {
    payload: {
      readonly baseRevision: number;
      readonly model: ThreatModelInput;
    };
    answer: { readonly revision: number };
  };
  importModel: {
    payload: {
      readonly baseRevision: number;
      readonly fileName: string;
      readonly text: string;
    };
    answer: { readonly revision: number; readonly skipped: readonly Problem[] };
  };
  analyze: { payload: Record<string, never>; answer: EpicStateWire };
  previewBacklog: { payload: Record<string, never>; answer: BacklogPlanView };
  syncBacklog: { payload: Record<string, never>; answer: SyncProgress };
  getSyncProgress: {
    payload: { readonly jobId: string };
    answer: SyncProgress;
  };
  getSettings: { payload: Record<string, never>; answer: Settings };
  saveSettings: { payload: Settings; answer: Settings };
  getRiskReport: { payload: Record<string, never>; answer: RiskReportWire };
}

export type ResolverName = keyof ResolverContract;

/** The answers whose wire form the UI's bridge expands, as it expands them. */
export interface ExpandedAnswers {
  getEpicState: EpicState;
  analyze: EpicState;
  getRiskReport: RiskReport;
}

/** What a screen receives from `callResolver`: the answer, expanded. */
export type ScreenAnswer<N extends ResolverName> =
  N extends keyof ExpandedAnswers
    ? ExpandedAnswers[N]
    : ResolverContract[N]['answer'];
