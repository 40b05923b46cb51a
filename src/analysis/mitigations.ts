import type { Mitigation } from '../catalog/schema';
import type { Assessment, AssessContext } from './assess';
import {
  controlsOn,
  IMPLEMENTED_EFFECTIVENESS,
  residualRisk,
  type Effect,
} from './residual';
import { round1 } from './severity';
import type { MitigationItem, TargetRef } from './types';

interface Group {
  readonly key: string;
  readonly mitigation: Mitigation;
  readonly target: TargetRef;
  readonly assessments: Assessment[];
}

/**
 * One item per catalog mitigation and target, however many threats there
 * share it. It is implemented when its key is marked done or a model
 * control covering the target implements it. Its risk reduction is
 * marginal: over its threats, the residual score without it minus the
 * residual score with it, other controls as they stand, so an item never
 * takes credit for what other controls already removed.
 */
export function planMitigations(
  assessments: readonly Assessment[],
  context: AssessContext,
): MitigationItem[] {
  const groups = new Map<string, Group>();
  for (const assessment of assessments) {
    const target = assessment.finding.target.ref;
    for (const id of new Set(assessment.finding.rule.mitigations)) {
      const mitigation = context.mitigations.get(id);
      if (mitigation === undefined) continue;

      const key = `${id}@${target.id}`;
      const group = groups.get(key) ?? {
        key,
        mitigation,
        target,
        assessments: [],
      };
      group.assessments.push(assessment);
      groups.set(key, group);
    }
  }

  const items = [...groups.values()].map((group) => toItem(group, context));
  return items.sort(
    (a, b) =>
      b.riskReduction / b.effort - a.riskReduction / a.effort ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

function toItem(group: Group, context: AssessContext): MitigationItem {
  const { key, mitigation, target } = group;
  const assessments = [...group.assessments].sort((a, b) =>
    a.finding.id < b.finding.id ? -1 : 1,
  );
  const byControl = controlsOn(context.controls, target.id).some((control) =>
    control.mitigations.includes(mitigation.id),
  );

  let reduction = 0;
  for (const assessment of assessments) {
    reduction += marginalReduction(assessment, mitigation, key);
  }

  return {
    key,
    mitigationId: mitigation.id,
    title: mitigation.title,
    description: mitigation.description,
    controlType: mitigation.controlType,
    effort: mitigation.effort,
    asvs: [...mitigation.asvs],
    acceptanceCriteria: [...mitigation.acceptanceCriteria],
    target: { ...target },
    threats: assessments.map((assessment) => assessment.finding.id),
    status: context.implemented.has(key) || byControl ? 'implemented' : 'open',
    riskReduction: round1(reduction),
  };
}

function marginalReduction(
  assessment: Assessment,
  mitigation: Mitigation,
  key: string,
): number {
  const { basis, effects, residual } = assessment;
  const inPlace = (effect: Effect): boolean =>
    effect.implements.includes(mitigation.id);

  if (effects.some(inPlace)) {
    const without = residualRisk(
      basis,
      effects.filter((effect) => !inPlace(effect)),
    );
    return without.score - residual.score;
  }

  const added: Effect = {
    id: key,
    type: mitigation.controlType,
    effectiveness: IMPLEMENTED_EFFECTIVENESS,
    implements: [mitigation.id],
  };
  return residual.score - residualRisk(basis, [...effects, added]).score;
}
