import type { Control } from '../model/schema';
import type { ControlType, Level } from '../model/vocabulary';
import type { Rule } from '../catalog/schema';
import { byId } from './order';

/** Something in place that lowers a threat's risk. */
export interface Effect {
  /** A control id, or the key of an implemented mitigation item. */
  readonly id: string;
  readonly type: ControlType;
  readonly effectiveness: Level;
  /** Catalog mitigation ids it implements. */
  readonly implements: readonly string[];
}

/** A done mitigation ticket counts as a highly effective control. */
export const IMPLEMENTED_EFFECTIVENESS: Level = 'high';

/** The effects on a threat, and a key equal for equal lists of effects. */
export interface Effects {
  readonly list: readonly Effect[];
  readonly key: string;
}

export type EffectFinder = (
  rule: Rule,
  targetId: string,
  mitigationIds: readonly string[],
  mitigationKeys: readonly string[],
) => Effects;

/**
 * What lowers a finding's risk: the model's controls covering its target
 * (a control covering nothing covers all) that address one of its STRIDE
 * categories (or all) or implement one of its mitigations; and its
 * mitigation items whose keys are implemented, unless such a control
 * already implements that mitigation. Targets without controls of their
 * own share one list of controls, so the controls a rule meets there are
 * worked out once.
 */
export function effectFinder(
  controls: readonly Control[],
  implemented: ReadonlySet<string>,
  controlTypeOf: (mitigationId: string) => ControlType | undefined,
): EffectFinder {
  const covering = controlsByTarget(controls);
  const known = new Map<readonly Control[], Map<Rule, Effects>>();
  const fromControls = (
    list: readonly Control[],
    rule: Rule,
    ids: readonly string[],
  ) => {
    let byRule = known.get(list);
    if (byRule === undefined) {
      byRule = new Map<Rule, Effects>();
      known.set(list, byRule);
    }
    let effects = byRule.get(rule);
    if (effects === undefined) {
      effects = keyed(
        list.filter((control) => applies(control, rule, ids)).map(effectOf),
      );
      byRule.set(rule, effects);
    }
    return effects;
  };

  return (rule, targetId, mitigationIds, mitigationKeys) => {
    const base = fromControls(covering(targetId), rule, mitigationIds);
    if (implemented.size === 0) return base;

    const added: Effect[] = [];
    mitigationIds.forEach((mitigationId, index) => {
      const key = mitigationKeys[index];
      const type = controlTypeOf(mitigationId);
      if (key === undefined || type === undefined || !implemented.has(key))
        return;
      if (base.list.some((effect) => effect.implements.includes(mitigationId)))
        return;
      added.push({
        id: key,
        type,
        effectiveness: IMPLEMENTED_EFFECTIVENESS,
        implements: [mitigationId],
      });
    });
    return added.length === 0 ? base : keyed([...base.list, ...added]);
  };
}

function applies(
  control: Control,
  rule: Rule,
  mitigationIds: readonly string[],
): boolean {
  return (
    control.stride.length === 0 ||
    control.stride.some((category) => rule.stride.includes(category)) ||
    control.mitigations.some((id) => mitigationIds.includes(id))
  );
}

function keyed(list: readonly Effect[]): Effects {
  return { list, key: list.map((effect) => effect.id).join(',') };
}

const effects = new WeakMap<Control, Effect>();

function effectOf(control: Control): Effect {
  const known = effects.get(control);
  if (known !== undefined) return known;

  const effect: Effect = {
    id: control.id,
    type: control.type,
    effectiveness: control.effectiveness,
    implements: control.mitigations,
  };
  effects.set(control, effect);
  return effect;
}

/**
 * The controls covering each target, in id order (so residual risk does
 * not depend on the order the model lists them), each list built once.
 */
export function controlsByTarget(
  controls: readonly Control[],
): (targetId: string) => readonly Control[] {
  const sorted = [...controls].sort(byId);
  const everywhere = sorted.filter((control) => control.covers.length === 0);
  const byTarget = new Map<string, Control[]>();
  for (const control of sorted) {
    for (const id of new Set(control.covers)) {
      const list = byTarget.get(id) ?? [...everywhere];
      list.push(control);
      byTarget.set(id, list);
    }
  }
  return (targetId) => byTarget.get(targetId) ?? everywhere;
}
