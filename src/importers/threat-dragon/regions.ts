import { ThreatModelError } from '../../model/errors';
import { MAX_BOUNDARY_DEPTH } from '../../model/limits';
import { shown } from '../text';
import {
  type Box,
  type Point,
  boxHolds,
  boxInside,
  centre,
  sideOf,
} from './geometry';

/** A trust boundary as drawn: a box, or an open curve across the canvas. */
export interface Drawn {
  readonly id: string;
  readonly box?: Box;
  readonly curve?: readonly Point[];
}

export interface Placed {
  readonly id: string;
  readonly box?: Box;
}

export interface Containment {
  /** Element id → the innermost boundary holding it. */
  readonly boundaryOf: ReadonlyMap<string, string>;
  /** Boundary id → the boundary it sits inside. */
  readonly parentOf: ReadonlyMap<string, string>;
}

interface Region {
  readonly id: string;
  readonly index: number;
  readonly members: ReadonlySet<string>;
  readonly box?: Box;
}

/**
 * Which elements each boundary holds, judged by element centres.
 *
 * A box holds the elements whose centre lies inside it. A curve is open: it
 * separates the elements beside it into two sides, and holds the side with
 * fewer elements (the zone it was drawn to fence off), the left side,
 * walking from its start, on a tie. Elements beyond the ends of a curve are
 * on neither side. An element inside several boundaries belongs to the one
 * with the fewest members; elements no boundary holds stay outside all.
 *
 * A boundary sits inside the smallest other boundary holding all of its
 * elements and more, and a box inside any box that encloses it.
 */
export function contain(
  boundaries: readonly Drawn[],
  elements: readonly Placed[],
): Containment {
  const centres = elements.flatMap((e) =>
    e.box === undefined ? [] : [[e.id, centre(e.box)] as const],
  );
  const holding = new Map<string, Region[]>();
  const regions = boundaries.map((boundary, index): Region => {
    const region = {
      id: boundary.id,
      index,
      members: membersOf(boundary, centres),
      ...(boundary.box === undefined ? {} : { box: boundary.box }),
    };
    hold(holding, region);
    return region;
  });

  const boundaryOf = new Map<string, string>();
  for (const [id, around] of holding) {
    const innermost = around.sort(smallerFirst)[0];
    if (innermost !== undefined) boundaryOf.set(id, innermost.id);
  }

  const parentOf = new Map<string, string>();
  for (const region of regions) {
    const parent = regions
      .filter((other) => encloses(other, region))
      .sort(smallerFirst)[0];
    if (parent !== undefined) parentOf.set(region.id, parent.id);
  }
  return { boundaryOf, parentOf };
}

/**
 * Notes which elements a region holds. An element inside more boundaries
 * than a model may nest is refused as soon as it is seen, before a hostile
 * file of thousands of stacked boxes fills memory with their members.
 */
function hold(holding: Map<string, Region[]>, region: Region): void {
  for (const id of region.members) {
    const around = holding.get(id) ?? [];
    around.push(region);
    holding.set(id, around);
    if (around.length > MAX_BOUNDARY_DEPTH) {
      throw new ThreatModelError(
        'INPUT_TOO_LARGE',
        `an element sits inside more than ${MAX_BOUNDARY_DEPTH} trust boundaries, ` +
          'the most a model may nest',
        [
          {
            path: 'detail.diagrams',
            message:
              `element ${shown(id)} is inside ${around.length} trust boundaries, ` +
              `more than the limit of ${MAX_BOUNDARY_DEPTH}`,
          },
        ],
      );
    }
  }
}

function membersOf(
  boundary: Drawn,
  centres: readonly (readonly [string, Point])[],
): Set<string> {
  if (boundary.box !== undefined) {
    const box = boundary.box;
    return new Set(
      centres.filter(([, p]) => boxHolds(box, p)).map(([id]) => id),
    );
  }
  if (boundary.curve === undefined) return new Set();

  // TODO: refuse or thin curves of thousands of points once a real file
  // shows how many Threat Dragon writes; each point costs every element.
  const left: string[] = [];
  const right: string[] = [];
  for (const [id, point] of centres) {
    const side = sideOf(boundary.curve, point);
    if (side === 1) left.push(id);
    else if (side === -1) right.push(id);
  }
  return new Set(right.length < left.length ? right : left);
}

function encloses(outer: Region, inner: Region): boolean {
  if (outer === inner) return false;
  if (
    outer.box !== undefined &&
    inner.box !== undefined &&
    boxInside(inner.box, outer.box)
  ) {
    return !boxInside(outer.box, inner.box) || outer.index < inner.index;
  }
  if (inner.members.size === 0 || outer.members.size <= inner.members.size)
    return false;
  return [...inner.members].every((id) => outer.members.has(id));
}

function smallerFirst(a: Region, b: Region): number {
  return (
    a.members.size - b.members.size || area(a) - area(b) || b.index - a.index
  );
}

function area(region: Region): number {
  return region.box === undefined
    ? Infinity
    : region.box.width * region.box.height;
}
