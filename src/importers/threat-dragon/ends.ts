import type { Problem } from '../../model/errors';
import type { ElementInput } from '../parts';
import { shown } from '../text';
import type { End } from './cells';
import { type Box, distanceToBox } from './geometry';

/** How close a loose flow end must be to an element to be attached to it. */
const SNAP_DISTANCE = 40;

/** An element as drawn on one diagram. */
export interface Placed {
  readonly id: string;
  readonly box?: Box;
  readonly element: ElementInput;
}

/** A cell end, or a loose end within reach of an element's edge. */
export function resolveEnd(
  end: End,
  placed: ReadonlyMap<string, Placed>,
  path: string,
  notes: Problem[],
): Placed | undefined {
  if (end === undefined) return undefined;
  if ('cell' in end) return placed.get(end.cell);

  let best: Placed | undefined;
  let bestDistance = SNAP_DISTANCE;
  for (const candidate of placed.values()) {
    const distance =
      candidate.box === undefined
        ? Infinity
        : distanceToBox(end.point, candidate.box);
    if (distance <= bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined) {
    const near = shown(best.element.name);
    notes.push({
      path,
      message: `a loose flow end was attached to the nearest element, ${near}`,
    });
  }
  return best;
}
