import type { Rule } from '../catalog/schema';
import { SEVERITIES, severityRank, type Severity } from '../model/vocabulary';
import type { ActorProfile } from './actors';
import { compositeKey, sortByKeys } from './order';
import { NumberPile, Pile } from './pile';
import type { Outcome } from './outcomes';
import { severityPlace } from './severity';
import type { AnalysisTarget, ModelTargets } from './targets';
import type { Threat } from './types';

type RuleParts = Pick<
  Threat,
  'ruleId' | 'title' | 'description' | 'stride' | 'attackVector' | 'references'
>;

export type ThreatBuilder = (
  rule: Rule,
  target: AnalysisTarget,
  outcome: Pick<Outcome, 'basis' | 'residual'>,
  mitigations: readonly string[],
) => Threat;

/**
 * Builds threats for one analysis. What every threat of a rule shares
 * (categories, each once; text; references) is built once per rule and
 * each actor's reference once per actor, so a threat adds only its id,
 * its list of mitigation keys and one object.
 */
export function threatBuilder(tolerance: Severity): ThreatBuilder {
  const limit = severityRank(tolerance);
  const parts = new Map<Rule, RuleParts>();
  const actors = new Map<ActorProfile, Threat['actor']>();

  return (rule, target, { basis, residual }, mitigations) => {
    let shared = parts.get(rule);
    if (shared === undefined) {
      shared = ruleParts(rule);
      parts.set(rule, shared);
    }
    let actor = actors.get(basis.actor);
    if (actor === undefined) {
      const { id, name, kind } = basis.actor;
      actor = { id, name, kind };
      actors.set(basis.actor, actor);
    }

    return {
      id: compositeKey(rule.id, target.ref.id),
      ruleId: shared.ruleId,
      title: shared.title,
      description: shared.description,
      stride: shared.stride,
      target: target.ref,
      actor,
      attackVector: shared.attackVector,
      inherent: basis.inherent,
      residual,
      aboveTolerance: severityRank(residual.severity) > limit,
      mitigations,
      references: shared.references,
    };
  };
}

function ruleParts(rule: Rule): RuleParts {
  return {
    ruleId: rule.id,
    title: rule.title,
    description: rule.description,
    stride: [...new Set(rule.stride)],
    attackVector: rule.attackVector,
    references: {
      cwe: [...rule.cwe],
      capec: [...rule.capec],
      owasp: [...rule.owasp],
      owaspApi: [...rule.owaspApi],
    },
  };
}

/**
 * The threats of an analysis as they are found, and sorted at the end by
 * residual score, highest first, then id: the rule's place by id, then
 * the target's (see rankKeyParts). The three fold into one whole number
 * per threat, worked out as it is added: scores have one decimal between
 * 1 and 10, and the counts of rules and targets bound the two places.
 */
export class ThreatList {
  private readonly threats = new Pile<Threat>();
  private readonly keys = new NumberPile();
  /** Each target's threats, as a chain: the first by rank, then the next. */
  private readonly first: Int32Array;
  private readonly next = new NumberPile();
  private readonly worstScore: Float64Array;
  private readonly worstSeverity: Uint8Array;

  constructor(
    private readonly ruleCount: number,
    private readonly targetCount: number,
  ) {
    this.first = new Int32Array(targetCount).fill(-1);
    this.worstScore = new Float64Array(targetCount);
    this.worstSeverity = new Uint8Array(targetCount);
  }

  add(threat: Threat, ruleRank: number, targetRank: number): void {
    const { score, severity } = threat.residual;
    const lower = 100 - Math.round(score * 10);
    this.next.push(this.first[targetRank] ?? -1);
    this.first[targetRank] = this.threats.length;
    this.threats.push(threat);
    this.keys.push(
      (lower * this.ruleCount + ruleRank) * this.targetCount + targetRank,
    );
    if (score > (this.worstScore[targetRank] ?? 0))
      this.worstScore[targetRank] = score;
    const place = severityPlace(severity);
    if (place > (this.worstSeverity[targetRank] ?? 0))
      this.worstSeverity[targetRank] = place;
  }

  sorted(): Threat[] {
    return sortByKeys(
      this.threats.length,
      (index) => this.keys.at(index),
      (index) => this.threats.at(index),
    );
  }

  /** The threats of each target, found by its id (see ThreatsByTarget). */
  byTarget(targets: ModelTargets): ThreatsByTarget {
    const rankOf = (id: string): number => targets.byId.get(id)?.rank ?? -1;
    return {
      worst: (id) => {
        const rank = rankOf(id);
        if (rank < 0 || (this.first[rank] ?? -1) < 0) return undefined;
        return {
          score: this.worstScore[rank] ?? 0,
          severity: SEVERITIES[this.worstSeverity[rank] ?? 0] ?? 'note',
        };
      },
      idsOn: (id) => {
        const ids: string[] = [];
        let at = this.first[rankOf(id)] ?? -1;
        for (; at >= 0; at = this.next.at(at)) ids.push(this.threats.at(at).id);
        return ids;
      },
    };
  }
}

/** The threats of each target, for the attack paths. */
export interface ThreatsByTarget {
  /** The worst residual score and severity there; undefined with none. */
  readonly worst: (
    targetId: string,
  ) => { readonly score: number; readonly severity: Severity } | undefined;
  /** The ids of the threats there, in no particular order. */
  readonly idsOn: (targetId: string) => string[];
}
