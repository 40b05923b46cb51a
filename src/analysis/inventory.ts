import type { Rule } from '../catalog/schema';
import { severityRank, type Severity } from '../model/vocabulary';
import type { ActorProfile } from './actors';
import { compositeKey, sortByKeys } from './order';
import { NumberPile, Pile } from './pile';
import type { Outcome } from './outcomes';
import type { AnalysisTarget } from './targets';
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

  constructor(
    private readonly ruleCount: number,
    private readonly targetCount: number,
  ) {}

  add(threat: Threat, ruleRank: number, targetRank: number): void {
    const lower = 100 - Math.round(threat.residual.score * 10);
    this.threats.push(threat);
    this.keys.push(
      (lower * this.ruleCount + ruleRank) * this.targetCount + targetRank,
    );
  }

  sorted(): Threat[] {
    return sortByKeys(
      this.threats.length,
      (index) => this.keys.at(index),
      (index) => this.threats.at(index),
    );
  }
}
