import type { Mitigation } from '../catalog/schema';
import type { Assessment, AssessContext } from './assess';
import { IMPLEMENTED_EFFECTIVENESS, type Effect } from './controls';
import { residualScore } from './residual';
import { round1 } from './severity';
import type { AnalysisTarget } from './targets';
import { compareText, rankKeyParts, sortByColumns } from './order';
import type { MitigationItem, ResidualRisk } from './types';

/** An item while its threats are gathered. */
type Draft = { -readonly [K in keyof MitigationItem]: MitigationItem[K] } & {
  threats: string[];
};

/**
 * One item per catalog mitigation and target, however many threats there
 * share it. It is implemented when its key is marked done or a model
 * control covering the target implements it. Its risk reduction is
 * marginal: over its threats, the residual score without it minus the
 * residual score with it, other controls as they stand, so an item never
 * takes credit for what other controls already removed. Items are built
 * in one pass, grouped by target then mitigation id, so no key is hashed
 * per threat.
 */
export function planMitigations(
  assessments: readonly Assessment[],
  context: AssessContext,
): MitigationItem[] {
  const reduction = marginalReductions();
  const listsOf = sharedLists();
  const byTarget: Draft[][] = [];
  const items: Draft[] = [];
  const itemTargets: AnalysisTarget[] = [];

  for (const assessment of assessments) {
    const { target, mitigationIds, mitigationKeys } = assessment;
    const ofTarget = (byTarget[target.rank] ??= []);

    for (let index = 0; index < mitigationIds.length; index += 1) {
      const id = mitigationIds[index] ?? '';
      const mitigation = context.mitigations.get(id);
      if (mitigation === undefined) continue;

      let item = ofTarget.find((draft) => draft.mitigationId === id);
      if (item === undefined) {
        item = newItem(
          mitigation,
          mitigationKeys[index] ?? id,
          target,
          context,
          listsOf,
        );
        ofTarget.push(item);
        items.push(item);
        itemTargets.push(target);
      }
      item.threats.push(assessment.id);
      item.riskReduction += reduction(assessment, mitigation);
    }
  }

  for (const item of items) {
    if (item.threats.length > 1) item.threats.sort(compareText);
    item.riskReduction = round1(item.riskReduction);
  }
  return sortItems(items, itemTargets);
}

function newItem(
  mitigation: Mitigation,
  key: string,
  target: AnalysisTarget,
  context: AssessContext,
  listsOf: ReturnType<typeof sharedLists>,
): Draft {
  const byControl = context
    .controlsOn(target.ref.id)
    .some((control) => control.mitigations.includes(mitigation.id));
  const lists = listsOf(mitigation);

  return {
    key,
    mitigationId: mitigation.id,
    title: mitigation.title,
    description: mitigation.description,
    controlType: mitigation.controlType,
    effort: mitigation.effort,
    asvs: lists.asvs,
    acceptanceCriteria: lists.acceptanceCriteria,
    target: target.ref,
    threats: [],
    status: context.implemented.has(key) || byControl ? 'implemented' : 'open',
    riskReduction: 0,
    recommended: false,
  };
}

type Reduction = (assessment: Assessment, mitigation: Mitigation) => number;

/**
 * The score one mitigation removes from one threat. Assessments sharing a
 * residual risk share its basis and effects, so it is computed once each.
 */
function marginalReductions(): Reduction {
  const known = new Map<ResidualRisk, Map<string, number>>();

  return (assessment, mitigation) => {
    let byMitigation = known.get(assessment.residual);
    if (byMitigation === undefined) {
      byMitigation = new Map();
      known.set(assessment.residual, byMitigation);
    }
    const cached = byMitigation.get(mitigation.id);
    if (cached !== undefined) return cached;

    const { basis, effects, residual } = assessment;
    const inPlace = (effect: Effect): boolean =>
      effect.implements.includes(mitigation.id);
    let value: number;
    if (effects.some(inPlace)) {
      value =
        residualScore(
          basis,
          effects.filter((effect) => !inPlace(effect)),
        ) - residual.score;
    } else {
      const added: Effect = {
        id: mitigation.id,
        type: mitigation.controlType,
        effectiveness: IMPLEMENTED_EFFECTIVENESS,
        implements: [mitigation.id],
      };
      value = residual.score - residualScore(basis, [...effects, added]);
    }
    byMitigation.set(mitigation.id, value);
    return value;
  };
}

/** Each mitigation's lists, copied once and shared by its items. */
function sharedLists(): (
  mitigation: Mitigation,
) => Pick<MitigationItem, 'asvs' | 'acceptanceCriteria'> {
  const known = new Map<
    Mitigation,
    Pick<MitigationItem, 'asvs' | 'acceptanceCriteria'>
  >();
  return (mitigation) => {
    let lists = known.get(mitigation);
    if (lists === undefined) {
      lists = {
        asvs: [...mitigation.asvs],
        acceptanceCriteria: [...mitigation.acceptanceCriteria],
      };
      known.set(mitigation, lists);
    }
    return lists;
  };
}

/**
 * Sorts by risk reduction per unit of effort, highest first, then by key
 * (mitigation id, then target id: see rankKeyParts). Sorting positions by
 * numbers keeps this fast for hundreds of thousands of items.
 */
function sortItems(
  items: readonly Draft[],
  targets: readonly AnalysisTarget[],
): Draft[] {
  const mitigationRank = rankKeyParts(items.map((item) => item.mitigationId));
  return sortByColumns(items, [
    {
      values: Float64Array.from(
        items,
        (item) => item.riskReduction / item.effort,
      ),
      descending: true,
    },
    {
      values: Float64Array.from(
        items,
        (item) => mitigationRank.get(item.mitigationId) ?? 0,
      ),
    },
    { values: Float64Array.from(targets, (target) => target.rank) },
  ]);
}
