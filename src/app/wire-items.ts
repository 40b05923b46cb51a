import type { MitigationItem, MitigationStatus } from '../analysis/types';
import { itemKeyOf, type ExpandedRows, type RowBuilder } from './wire-rows';
import { keyOfRef, malformed, refOf, rowOf, type Flag } from './wire-table';

/**
 * The mitigation items as columns, one entry per item in its order.
 * `mitigation` is an entry of the texts' mitigations; `target` a row of
 * the analysis' targets; `threats` rows of its threat columns.
 */
export interface WireItems {
  readonly mitigation: readonly number[];
  readonly target: readonly number[];
  /** Threat rows; an id no threat has stays a string. */
  readonly threats: readonly (readonly (number | string)[])[];
  readonly implemented: readonly Flag[];
  readonly riskReduction: readonly number[];
  readonly recommended: readonly Flag[];
  /** Only when some key is not its mitigation at its target: every key. */
  readonly keys?: readonly string[];
}

export function compactItems(
  items: readonly MitigationItem[],
  rows: RowBuilder,
  threatIndex: ReadonlyMap<string, number>,
): WireItems {
  const columns = {
    mitigation: [] as number[],
    target: [] as number[],
    threats: [] as (number | string)[][],
    implemented: [] as Flag[],
    riskReduction: [] as number[],
    recommended: [] as Flag[],
  };
  let derivedKeys = true;

  for (const item of items) {
    columns.mitigation.push(rows.texts.mitigationOf(item));
    columns.target.push(rows.targets.indexOf(item.target));
    columns.threats.push(item.threats.map((id) => refOf(id, threatIndex)));
    columns.implemented.push(implementedFlag(item.status));
    columns.riskReduction.push(item.riskReduction);
    columns.recommended.push(item.recommended ? 1 : 0);
    derivedKeys &&= item.key === itemKeyOf(item.mitigationId, item.target);
  }

  return derivedKeys
    ? columns
    : { ...columns, keys: items.map((item) => item.key) };
}

/** The items' keys, as the form names them or derived. */
export function expandItemKeys(
  wire: WireItems,
  rows: ExpandedRows,
): readonly string[] {
  if (wire.keys !== undefined) return wire.keys;

  return wire.mitigation.map((mitigation, index) => {
    const text = rowOf(rows.texts.mitigations, mitigation, 'mitigations');
    return itemKeyOf(text.mitigationId, targetAt(wire, rows, index));
  });
}

export function expandItems(
  wire: WireItems,
  rows: ExpandedRows,
  keys: readonly string[],
  threatIds: readonly string[],
): MitigationItem[] {
  checkColumns(wire);

  return wire.mitigation.map((mitigation, index): MitigationItem => {
    const text = rowOf(rows.texts.mitigations, mitigation, 'mitigations');
    const threats = wire.threats[index] ?? [];
    return {
      key: rowOf(keys, index, 'item keys'),
      mitigationId: text.mitigationId,
      title: text.title,
      description: text.description,
      controlType: text.controlType,
      effort: text.effort,
      asvs: text.asvs,
      acceptanceCriteria: text.acceptanceCriteria,
      target: targetAt(wire, rows, index),
      threats: threats.map((ref) => keyOfRef(ref, threatIds, 'threats')),
      status: wire.implemented[index] === 1 ? 'implemented' : 'open',
      riskReduction: rowOf(wire.riskReduction, index, 'riskReduction'),
      recommended: wire.recommended[index] === 1,
    };
  });
}

function implementedFlag(status: MitigationStatus): Flag {
  switch (status) {
    case 'open':
      return 0;
    case 'implemented':
      return 1;
  }
}

function targetAt(wire: WireItems, rows: ExpandedRows, index: number) {
  return rowOf(rows.targets, wire.target[index] ?? -1, 'targets');
}

function checkColumns(wire: WireItems): void {
  const count = wire.mitigation.length;
  const columns = [
    wire.target,
    wire.threats,
    wire.implemented,
    wire.riskReduction,
    wire.recommended,
    wire.keys ?? wire.mitigation,
  ];
  if (columns.some((column) => column.length !== count)) {
    throw malformed('the mitigation columns differ in length');
  }
}
