import type { Threat } from '../analysis/types';
import {
  residualAt,
  threatIdOf,
  type ExpandedRows,
  type RowBuilder,
} from './wire-rows';
import { keyOfRef, malformed, refOf, rowOf, type Flag } from './wire-table';

/**
 * The threat inventory as columns, one entry per threat in its order.
 * `rule` is an entry of the texts' rules; `target`, `actor`, `inherent`
 * and `residual` are rows of the analysis' rows; `mitigations` are rows
 * of its mitigation columns.
 */
export interface WireThreats {
  readonly rule: readonly number[];
  readonly target: readonly number[];
  readonly actor: readonly number[];
  readonly inherent: readonly number[];
  readonly residual: readonly number[];
  readonly aboveTolerance: readonly Flag[];
  /** Item rows; a key no item has stays a string. */
  readonly mitigations: readonly (readonly (number | string)[])[];
  /** Only when some id is not its rule at its target: every id. */
  readonly ids?: readonly string[];
}

export function compactThreats(
  threats: readonly Threat[],
  rows: RowBuilder,
  itemIndex: ReadonlyMap<string, number>,
): WireThreats {
  const columns = {
    rule: [] as number[],
    target: [] as number[],
    actor: [] as number[],
    inherent: [] as number[],
    residual: [] as number[],
    aboveTolerance: [] as Flag[],
    mitigations: [] as (number | string)[][],
  };
  let derivedIds = true;

  for (const threat of threats) {
    columns.rule.push(rows.texts.ruleOf(threat));
    columns.target.push(rows.targets.indexOf(threat.target));
    columns.actor.push(rows.actors.indexOf(threat.actor));
    columns.inherent.push(rows.risks.indexOf(threat.inherent));
    columns.residual.push(rows.risks.indexOf(threat.residual));
    columns.aboveTolerance.push(threat.aboveTolerance ? 1 : 0);
    columns.mitigations.push(
      threat.mitigations.map((key) => refOf(key, itemIndex)),
    );
    derivedIds &&= threat.id === threatIdOf(threat.ruleId, threat.target);
  }

  return derivedIds
    ? columns
    : { ...columns, ids: threats.map((threat) => threat.id) };
}

/** The threats' ids, as the form names them or derived. */
export function expandThreatIds(
  wire: WireThreats,
  rows: ExpandedRows,
): readonly string[] {
  if (wire.ids !== undefined) return wire.ids;

  return wire.rule.map((rule, index) => {
    const { ruleId } = rowOf(rows.texts.rules, rule, 'rules');
    return threatIdOf(ruleId, targetAt(wire, rows, index));
  });
}

export function expandThreats(
  wire: WireThreats,
  rows: ExpandedRows,
  ids: readonly string[],
  itemKeys: readonly string[],
): Threat[] {
  checkColumns(wire);

  return wire.rule.map((rule, index): Threat => {
    const text = rowOf(rows.texts.rules, rule, 'rules');
    const at = (column: readonly number[]): number => column[index] ?? -1;
    const mitigations = wire.mitigations[index] ?? [];
    return {
      id: rowOf(ids, index, 'threat ids'),
      ruleId: text.ruleId,
      title: text.title,
      description: text.description,
      stride: text.stride,
      target: targetAt(wire, rows, index),
      actor: rowOf(rows.actors, at(wire.actor), 'actors'),
      attackVector: text.attackVector,
      inherent: rowOf(rows.risks, at(wire.inherent), 'risks'),
      residual: residualAt(rows, at(wire.residual)),
      aboveTolerance: wire.aboveTolerance[index] === 1,
      mitigations: mitigations.map((ref) => keyOfRef(ref, itemKeys, 'items')),
      references: text.references,
    };
  });
}

function targetAt(wire: WireThreats, rows: ExpandedRows, index: number) {
  return rowOf(rows.targets, wire.target[index] ?? -1, 'targets');
}

function checkColumns(wire: WireThreats): void {
  const count = wire.rule.length;
  const columns = [
    wire.target,
    wire.actor,
    wire.inherent,
    wire.residual,
    wire.aboveTolerance,
    wire.mitigations,
    wire.ids ?? wire.rule,
  ];
  if (columns.some((column) => column.length !== count)) {
    throw malformed('the threat columns differ in length');
  }
}
