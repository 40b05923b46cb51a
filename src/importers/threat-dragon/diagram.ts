import type { Problem } from '../../model/errors';
import { flag } from '../data/read';
import type { IdPool } from '../ids';
import type {
  BoundaryInput,
  ControlInput,
  ElementInput,
  FlowInput,
} from '../parts';
import { describePart, toName } from '../text';
import type { Cell } from './cells';
import { toElement, toFlow } from './elements';
import { type Placed, resolveEnd } from './ends';
import { contain } from './regions';
import { readThreats } from './threats';

export interface Pools {
  readonly nodes: IdPool;
  readonly boundaries: IdPool;
  readonly controls: IdPool;
}

export interface Collected {
  readonly elements: ElementInput[];
  readonly flows: FlowInput[];
  readonly boundaries: BoundaryInput[];
  readonly controls: ControlInput[];
  readonly notes: Problem[];
  /** Cells whose props say they take card payments. */
  cardPayments: number;
  threats: number;
}

/** Adds one diagram's cells to what has been collected from the file. */
export function collectDiagram(
  cells: readonly Cell[],
  pools: Pools,
  out: Collected,
): void {
  const placed = new Map<string, Placed>();
  for (const cell of cells) {
    if (
      cell.kind !== 'actor' &&
      cell.kind !== 'process' &&
      cell.kind !== 'store'
    )
      continue;

    const id = pools.nodes.take(cell.id, `element-${pools.nodes.size + 1}`);
    const element = toElement(cell, id, out.notes);
    placed.set(cell.id, {
      id,
      element,
      ...(cell.box === undefined ? {} : { box: cell.box }),
    });
    out.elements.push(element);
    if (flag(cell.props, 'handlesCardPayment') === true) out.cardPayments++;
    addThreats(cell, id, pools, out);
  }

  collectBoundaries(cells, placed, pools, out);
  for (const cell of cells) {
    if (cell.kind === 'flow') collectFlow(cell, placed, pools, out);
    else if (cell.kind === 'unknown') {
      out.notes.push({
        path: cell.path,
        message: 'a cell of a kind Threat Dragon does not define: skipped',
      });
    }
  }
}

function collectBoundaries(
  cells: readonly Cell[],
  placed: ReadonlyMap<string, Placed>,
  pools: Pools,
  out: Collected,
): void {
  const drawn = cells.flatMap((cell) =>
    cell.kind === 'boundary' ? [cell] : [],
  );
  const ids = new Map(
    drawn.map((cell) => [
      cell.id,
      pools.boundaries.take(cell.id, `boundary-${pools.boundaries.size + 1}`),
    ]),
  );
  const { boundaryOf, parentOf } = contain(
    drawn.map((cell) => ({ ...cell, id: ids.get(cell.id) ?? cell.id })),
    [...placed.values()],
  );

  drawn.forEach((cell, i) => {
    const id = ids.get(cell.id) ?? cell.id;
    const parent = parentOf.get(id);
    out.boundaries.push({
      id,
      name: toName(cell.name) ?? `Trust boundary ${out.boundaries.length + 1}`,
      ...(parent === undefined ? {} : { parent }),
    });
    if (cell.box === undefined && cell.curve === undefined) {
      out.notes.push({
        path: drawn[i]?.path ?? '',
        message: 'a trust boundary without a position holds no element',
      });
    }
  });
  for (const { id, element } of placed.values()) {
    const boundary = boundaryOf.get(id);
    if (boundary !== undefined) element.boundary = boundary;
  }
}

function collectFlow(
  cell: Extract<Cell, { kind: 'flow' }>,
  placed: ReadonlyMap<string, Placed>,
  pools: Pools,
  out: Collected,
): void {
  const from = resolveEnd(
    cell.source,
    placed,
    `${cell.path}.source`,
    out.notes,
  );
  const to = resolveEnd(cell.target, placed, `${cell.path}.target`, out.notes);
  if (from === undefined || to === undefined) {
    out.notes.push({
      path: cell.path,
      message: `${describePart('flow', cell)} does not join two elements: skipped`,
    });
    return;
  }

  const id = pools.nodes.take(cell.id, `flow-${pools.nodes.size + 1}`);
  out.flows.push(toFlow(cell, id, from.id, to.id, out.notes));
  if (flag(cell.props, 'isPublicNetwork') === true) {
    for (const end of [from, to]) {
      if (end.element.kind !== 'external-entity')
        end.element.attributes = {
          ...end.element.attributes,
          internetFacing: true,
        };
    }
  }
  addThreats(cell, id, pools, out);
}

function addThreats(
  cell: Cell,
  target: string,
  pools: Pools,
  out: Collected,
): void {
  const { controls, notes } = readThreats(
    cell.threats,
    target,
    `${cell.path}.threats`,
    pools.controls,
  );
  out.controls.push(...controls);
  out.notes.push(...notes);
  out.threats += cell.threats.length;
}
