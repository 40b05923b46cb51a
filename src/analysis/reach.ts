import type { Element, Flow } from '../model/schema';
import type { ElementSubtype } from '../model/vocabulary';

/**
 * How deep inside the system each element sits, seen from outside: the
 * number of elements an outsider's data passes before it arrives, capped
 * at MAX_LAYERS. An exposed element (stated internet facing, or fed by an
 * external entity) and every external entity are at 0; an element fed by
 * one at layer 0 is at 1, and so on along the flows (both ways for a
 * bidirectional one). Load balancers, reverse proxies and firewalls pass
 * requests through, so what sits behind one is as reachable as it is. An
 * element no outside data reaches at all is at MAX_LAYERS.
 *
 * Computed once per model with a breadth-first search that visits each
 * element and flow a bounded number of times (0-1 BFS).
 */
export const MAX_LAYERS = 3;

const PASS_THROUGH: ReadonlySet<ElementSubtype> = new Set([
  'load-balancer',
  'reverse-proxy',
  'firewall',
]);

export function measureLayers(
  elements: readonly Element[],
  flows: readonly Flow[],
): Map<string, number> {
  const byId = new Map(elements.map((element) => [element.id, element]));
  const next = new Map<string, string[]>();
  const link = (from: string, to: string): void => {
    const list = next.get(from);
    if (list === undefined) next.set(from, [to]);
    else list.push(to);
  };
  for (const flow of flows) {
    if (!byId.has(flow.from) || !byId.has(flow.to)) continue;
    link(flow.from, flow.to);
    if (flow.bidirectional) link(flow.to, flow.from);
  }

  const layers = new Map<string, number>();
  const outside = elements.filter(isOutside).map((element) => element.id);
  for (const id of outside) layers.set(id, 0);
  return spread(outside, layers, next, byId);
}

function isOutside(element: Element): boolean {
  return (
    element.kind === 'external-entity' ||
    element.attributes.internetFacing === true
  );
}

/**
 * From the outside in, one layer at a time: first everything a layer's
 * external entities and pass-throughs feed joins that layer, then what
 * the layer feeds forms the next one.
 */
function spread(
  start: readonly string[],
  layers: Map<string, number>,
  next: ReadonlyMap<string, readonly string[]>,
  byId: ReadonlyMap<string, Element>,
): Map<string, number> {
  let front = [...start];
  for (let depth = 0; depth < MAX_LAYERS && front.length > 0; depth += 1) {
    for (let head = 0; head < front.length; head += 1) {
      const id = front[head] ?? '';
      if (!feedsThrough(byId.get(id))) continue;
      for (const to of next.get(id) ?? []) {
        if (layers.has(to)) continue;
        layers.set(to, depth);
        front.push(to);
      }
    }

    const later: string[] = [];
    for (const id of front) {
      for (const to of next.get(id) ?? []) {
        if (layers.has(to)) continue;
        layers.set(to, depth + 1);
        later.push(to);
      }
    }
    front = later;
  }
  return layers;
}

/** External entities and pass-throughs hand data on at their own layer. */
function feedsThrough(element: Element | undefined): boolean {
  return (
    element !== undefined &&
    (element.kind === 'external-entity' || PASS_THROUGH.has(element.subtype))
  );
}

/** An element's layer; one no outside data reaches is at MAX_LAYERS. */
export function layerOf(layers: ReadonlyMap<string, number>, id: string) {
  return Math.min(MAX_LAYERS, layers.get(id) ?? MAX_LAYERS);
}
