/** Plane geometry for Threat Dragon diagrams, in its pixel coordinates. */
export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function centre(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

export function boxHolds(box: Box, point: Point): boolean {
  return (
    point.x >= box.x &&
    point.x <= box.x + box.width &&
    point.y >= box.y &&
    point.y <= box.y + box.height
  );
}

export function boxInside(inner: Box, outer: Box): boolean {
  return (
    boxHolds(outer, inner) &&
    boxHolds(outer, { x: inner.x + inner.width, y: inner.y + inner.height })
  );
}

export function distanceToBox(point: Point, box: Box): number {
  const dx = Math.max(box.x - point.x, 0, point.x - (box.x + box.width));
  const dy = Math.max(box.y - point.y, 0, point.y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/**
 * The side of an open curve a point lies on: 1 for the left, -1 for the
 * right, walking from its first point to its last (y grows downwards, as
 * on screen); 0 when the point lies beyond either end of the curve, which
 * then separates it from nothing. The nearest segment decides.
 */
export function sideOf(curve: readonly Point[], point: Point): 1 | 0 | -1 {
  let best = Infinity;
  let side: 1 | 0 | -1 = 0;
  const last = curve.length - 2;
  for (let i = 0; i <= last; i++) {
    const a = curve[i];
    const b = curve[i + 1];
    if (a === undefined || b === undefined || (a.x === b.x && a.y === b.y))
      continue;

    const { distance, t } = nearestOnSegment(point, a, b);
    if (distance >= best) continue;
    best = distance;
    const beyond = (i === 0 && t <= 0) || (i === last && t >= 1);
    const cross = (b.x - a.x) * (point.y - a.y) - (b.y - a.y) * (point.x - a.x);
    side = beyond ? 0 : cross <= 0 ? 1 : -1;
  }
  return side;
}

function nearestOnSegment(
  p: Point,
  a: Point,
  b: Point,
): { distance: number; t: number } {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy);
  const clamped = Math.max(0, Math.min(1, t));
  const distance = Math.hypot(
    p.x - (a.x + clamped * dx),
    p.y - (a.y + clamped * dy),
  );
  return { distance, t };
}
