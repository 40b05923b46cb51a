import { type Data, isRecord, list, num, record, text } from '../data/read';
import type { Box, Point } from './geometry';

export type ElementType = 'actor' | 'process' | 'store';

/** Where a flow end is: on a cell, or loose at a point of the canvas. */
export type End =
  { readonly cell: string } | { readonly point: Point } | undefined;

interface Common {
  readonly id: string;
  /** Where the cell is in the file, for messages. */
  readonly path: string;
  readonly name?: string;
  /** Threat Dragon's properties of the cell: `data` in 2.x, the cell itself in 1.x. */
  readonly props: Data;
  readonly threats: readonly unknown[];
}

export type Cell =
  | (Common & { readonly kind: ElementType; readonly box?: Box })
  | (Common & {
      readonly kind: 'flow';
      readonly source: End;
      readonly target: End;
    })
  | (Common & {
      readonly kind: 'boundary';
      readonly box?: Box;
      readonly curve?: readonly Point[];
    })
  | (Common & { readonly kind: 'text' | 'unknown' });

const TYPES: Readonly<Record<string, Cell['kind']>> = {
  'tm.Actor': 'actor',
  'tm.Process': 'process',
  'tm.Store': 'store',
  'tm.Flow': 'flow',
  'tm.Boundary': 'boundary',
  'tm.BoundaryBox': 'boundary',
  'tm.Text': 'text',
  actor: 'actor',
  process: 'process',
  store: 'store',
  flow: 'flow',
  'trust-boundary-curve': 'boundary',
  'trust-broundary-curve': 'boundary',
  'trust-boundary-box': 'boundary',
  'td-text-block': 'text',
};

/** The cells of one diagram, in either file version, in one shape. */
export function readCells(diagram: Data, path: string): Cell[] {
  const v1 = record(diagram, 'diagramJson');
  const cells = list(v1 ?? diagram, 'cells');
  const cellsPath =
    v1 === undefined ? `${path}.cells` : `${path}.diagramJson.cells`;
  return cells.flatMap((cell, i) =>
    isRecord(cell)
      ? [readCell(cell, `${cellsPath}[${i}]`, v1 !== undefined)]
      : [],
  );
}

function readCell(cell: Data, path: string, v1: boolean): Cell {
  const props = v1 ? cell : (record(cell, 'data') ?? {});
  const type =
    text(props, 'type') ?? text(cell, 'type') ?? text(cell, 'shape') ?? '';
  const kind = TYPES[type] ?? TYPES[text(cell, 'shape') ?? ''] ?? 'unknown';
  const name = v1 ? v1Name(cell, kind) : text(props, 'name');
  const common = {
    id: text(cell, 'id') ?? '',
    path,
    props,
    threats: list(props, 'threats'),
    ...(name === undefined ? {} : { name }),
  };

  switch (kind) {
    case 'actor':
    case 'process':
    case 'store':
      return { ...common, kind, ...boxOf(cell) };
    case 'flow':
      return {
        ...common,
        kind,
        source: endOf(cell.source),
        target: endOf(cell.target),
      };
    case 'boundary':
      return {
        ...common,
        kind,
        ...(type.includes('Box') || type.includes('box')
          ? boxOf(cell)
          : curveOf(cell)),
      };
    case 'text':
    case 'unknown':
      return { ...common, kind };
  }
}

/** 1.x keeps names in the drawing attributes, flows in their first label. */
function v1Name(cell: Data, kind: Cell['kind']): string | undefined {
  if (kind === 'flow') {
    const [label] = list(cell, 'labels');
    const attrs = isRecord(label) ? record(label, 'attrs') : undefined;
    const textAttrs = attrs === undefined ? undefined : record(attrs, 'text');
    return textAttrs === undefined ? undefined : text(textAttrs, 'text');
  }

  const attrs = record(cell, 'attrs');
  const textAttrs = attrs === undefined ? undefined : record(attrs, 'text');
  return textAttrs === undefined ? undefined : text(textAttrs, 'text');
}

function boxOf(cell: Data): { box?: Box } {
  const position = record(cell, 'position');
  const size = record(cell, 'size');
  if (position === undefined || size === undefined) return {};

  const [x, y, width, height] = [
    num(position, 'x'),
    num(position, 'y'),
    num(size, 'width'),
    num(size, 'height'),
  ];
  if (
    x === undefined ||
    y === undefined ||
    width === undefined ||
    height === undefined
  )
    return {};
  return { box: { x, y, width, height } };
}

function curveOf(cell: Data): { curve?: readonly Point[] } {
  const ends = [
    pointOf(cell.source),
    ...list(cell, 'vertices').map(pointOf),
    pointOf(cell.target),
  ];
  const curve = ends.filter((p): p is Point => p !== undefined);
  return curve.length >= 2 ? { curve } : {};
}

function endOf(value: unknown): End {
  if (!isRecord(value)) return undefined;

  const cell = text(value, 'cell') ?? text(value, 'id');
  if (cell !== undefined) return { cell };
  const point = pointOf(value);
  return point === undefined ? undefined : { point };
}

function pointOf(value: unknown): Point | undefined {
  if (!isRecord(value)) return undefined;

  const x = num(value, 'x');
  const y = num(value, 'y');
  return x === undefined || y === undefined ? undefined : { x, y };
}
