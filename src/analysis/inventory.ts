import type { Rule } from '../catalog/schema';
import type { ThreatModel } from '../model/schema';
import { severityRank } from '../model/vocabulary';
import type { ActorProfile } from './actors';
import type { Assessment } from './assess';
import { rankKeyParts, sortByColumns } from './order';
import type { Threat } from './types';

type RuleParts = Pick<Threat, 'stride' | 'references'>;

/**
 * Turns assessments into the threat inventory, sorted by residual score
 * (highest first) then id. The parts every threat of a rule shares
 * (categories, each once; references) are built once per rule, and each
 * actor's reference once per actor.
 */
export function threatInventory(
  assessments: readonly Assessment[],
  model: ThreatModel,
): Threat[] {
  const tolerance = severityRank(model.system.riskTolerance);
  const parts = new Map<Rule, RuleParts>();
  const actors = new Map<ActorProfile, Threat['actor']>();
  const partsOf = (rule: Rule): RuleParts => {
    let shared = parts.get(rule);
    if (shared === undefined) {
      shared = {
        stride: [...new Set(rule.stride)],
        references: {
          cwe: [...rule.cwe],
          capec: [...rule.capec],
          owasp: [...rule.owasp],
          owaspApi: [...rule.owaspApi],
        },
      };
      parts.set(rule, shared);
    }
    return shared;
  };
  const actorOf = (actor: ActorProfile): Threat['actor'] => {
    let ref = actors.get(actor);
    if (ref === undefined) {
      ref = { id: actor.id, name: actor.name, kind: actor.kind };
      actors.set(actor, ref);
    }
    return ref;
  };

  const threats = sortAssessments(assessments).map((assessment): Threat => {
    const { rule, target, basis, residual } = assessment;
    const shared = partsOf(rule);
    return {
      id: assessment.id,
      ruleId: rule.id,
      title: rule.title,
      description: rule.description,
      stride: shared.stride,
      target: target.ref,
      actor: actorOf(assessment.actor),
      attackVector: rule.attackVector,
      inherent: basis.inherent,
      residual,
      aboveTolerance: severityRank(residual.severity) > tolerance,
      mitigations: assessment.mitigationKeys,
      references: shared.references,
    };
  });
  return threats;
}

/**
 * By residual score, highest first, then id (rule id, then target id: see
 * rankKeyParts), sorting positions by numbers to stay fast.
 */
function sortAssessments(assessments: readonly Assessment[]): Assessment[] {
  const ruleRank = rankKeyParts(
    assessments.map((assessment) => assessment.rule.id),
  );
  return sortByColumns(assessments, [
    {
      values: Float64Array.from(assessments, (a) => a.residual.score),
      descending: true,
    },
    {
      values: Float64Array.from(
        assessments,
        (a) => ruleRank.get(a.rule.id) ?? 0,
      ),
    },
    { values: Float64Array.from(assessments, (a) => a.target.rank) },
  ]);
}
