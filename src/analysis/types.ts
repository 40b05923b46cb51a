import type {
  ActorKind,
  ControlType,
  Level,
  Severity,
  Stride,
} from '../model/vocabulary';

/**
 * What an analysis produces. It is plain data (JSON-safe, no Maps, no
 * Dates), deterministic for a given model, catalog and mitigation status,
 * and shared by the report, the backlog planner, the Forge app and the UI.
 */
export const ANALYSIS_VERSION = 1;

export type TargetKind = 'element' | 'flow';

export interface TargetRef {
  readonly kind: TargetKind;
  readonly id: string;
  readonly name: string;
}

/** A factor-based OWASP Risk Rating score: 0 to 9, with its level. */
export interface Rating {
  readonly score: number;
  readonly level: Level;
  readonly factors: Readonly<Record<string, number>>;
}

export interface Risk {
  readonly likelihood: Rating;
  readonly impact: Rating;
  readonly severity: Severity;
  /** 1 (least) to 10 (most), one decimal. */
  readonly score: number;
}

export interface ResidualRisk extends Risk {
  /** Controls and implemented mitigations that lowered the risk, by id. */
  readonly appliedControls: readonly string[];
}

export interface Threat {
  /** Stable: `${ruleId}@${targetId}`, the same in every revision. */
  readonly id: string;
  readonly ruleId: string;
  readonly title: string;
  readonly description: string;
  readonly stride: readonly Stride[];
  readonly target: TargetRef;
  readonly actor: {
    readonly id: string;
    readonly name: string;
    readonly kind: ActorKind;
  };
  readonly attackVector: string;
  readonly inherent: Risk;
  readonly residual: ResidualRisk;
  /** Whether the residual severity is above the organisation's tolerance. */
  readonly aboveTolerance: boolean;
  /** Keys of the mitigation items (see MitigationItem.key). */
  readonly mitigations: readonly string[];
  readonly references: {
    readonly cwe: readonly string[];
    readonly capec: readonly string[];
    readonly owasp: readonly string[];
    readonly owaspApi: readonly string[];
  };
}

export type MitigationStatus = 'open' | 'implemented';

/** One catalog mitigation applied to one target: one backlog ticket. */
export interface MitigationItem {
  /** Stable: `${mitigationId}@${targetId}`. */
  readonly key: string;
  readonly mitigationId: string;
  readonly title: string;
  readonly description: string;
  readonly controlType: ControlType;
  readonly effort: number;
  readonly asvs: readonly string[];
  readonly acceptanceCriteria: readonly string[];
  readonly target: TargetRef;
  readonly threats: readonly string[];
  readonly status: MitigationStatus;
  /** Risk score removed if implemented, summed over its threats. */
  readonly riskReduction: number;
  /**
   * Worth a ticket now: an open item chosen to answer the threats above
   * tolerance (see recommend.ts); never an implemented one.
   */
  readonly recommended: boolean;
}

export interface AttackPath {
  /** Stable: the element ids joined by `>`. */
  readonly id: string;
  /** Element ids from the entry point to the target. */
  readonly steps: readonly string[];
  readonly flows: readonly string[];
  /** The asset-holding element the path ends at. */
  readonly targetAsset: string;
  readonly severity: Severity;
  readonly score: number;
  readonly threats: readonly string[];
}

/** Derived attack-surface facts, computed once per model. */
export interface SurfaceFacts {
  readonly entryPoints: readonly string[];
  readonly boundaryCrossings: readonly string[];
  readonly authenticationPoints: readonly string[];
  readonly internetFacing: readonly string[];
  readonly privileged: readonly string[];
  readonly unencryptedCrossings: readonly string[];
}

export interface Summary {
  readonly threatCount: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly residualBySeverity: Readonly<Record<Severity, number>>;
  readonly byStride: Readonly<Record<Stride, number>>;
  readonly aboveTolerance: number;
  /** The highest residual severity, or 'note' with no threats. */
  readonly highestResidual: Severity;
  /** Sums of scores, for a single trend number. */
  readonly inherentRiskScore: number;
  readonly residualRiskScore: number;
  readonly mitigationsOpen: number;
  readonly mitigationsImplemented: number;
  /** Share of elements and flows with at least one threat, 0 to 1. */
  readonly coverage: number;
}

export interface Analysis {
  readonly analysisVersion: typeof ANALYSIS_VERSION;
  readonly system: string;
  readonly riskTolerance: Severity;
  readonly packs: readonly string[];
  readonly facts: SurfaceFacts;
  readonly threats: readonly Threat[];
  readonly mitigations: readonly MitigationItem[];
  readonly attackPaths: readonly AttackPath[];
  readonly summary: Summary;
}
