import type { ThreatModel } from '../model/schema';
import { byId } from './order';
import type { ModelTargets } from './targets';

/** Paths longer than this many flows are not followed. */
export const MAX_HOPS = 10;
/** Shortest routes kept per entry point and destination. */
export const ROUTES_PER_PAIR = 3;

export interface Edge {
  readonly to: string;
  readonly flow: string;
}

/** Elements and the flows leaving them, in flow id order. */
export type FlowGraph = ReadonlyMap<string, readonly Edge[]>;

export interface Route {
  /** Element ids from the start to the end. */
  readonly steps: readonly string[];
  readonly flows: readonly string[];
}

export interface Search {
  /** Elements reached, nearest first. */
  readonly reached: readonly string[];
  /** Edge visits left of the budget. */
  readonly budget: number;
  readonly routesTo: (id: string) => readonly Route[];
}

/**
 * The graph attackers move along: each flow from sender to receiver, and
 * back for a bidirectional one. External entities are never entered, since
 * they are outside the system.
 */
export function buildGraph(
  model: ThreatModel,
  targets: ModelTargets,
): FlowGraph {
  const kinds = new Map(targets.elements.map((t) => [t.ref.id, t.elementKind]));
  const graph = new Map<string, Edge[]>();
  const link = (from: string, to: string, flow: string): void => {
    const kind = kinds.get(to);
    if (!kinds.has(from) || kind === undefined || kind === 'external-entity')
      return;

    const edges = graph.get(from) ?? [];
    edges.push({ to, flow });
    graph.set(from, edges);
  };

  const flows = [...model.flows].sort(byId);
  for (const flow of flows) {
    link(flow.from, flow.to, flow.id);
    if (flow.bidirectional) link(flow.to, flow.from, flow.id);
  }
  return graph;
}

/**
 * Breadth-first search from one element, keeping for each element up to
 * ROUTES_PER_PAIR predecessors at the shortest distance (each through a
 * different element), then reading up to that many shortest routes back.
 * Each edge looked at spends one unit of the budget; the search stops
 * when it runs out.
 */
export function searchFrom(
  start: string,
  graph: FlowGraph,
  budget: number,
): Search {
  const depth = new Map<string, number>([[start, 0]]);
  const preds = new Map<string, Edge[]>();
  const queue = [start];
  let left = budget;

  for (let head = 0; head < queue.length && left > 0; head += 1) {
    const node = queue[head] ?? start;
    const next = (depth.get(node) ?? 0) + 1;
    if (next > MAX_HOPS) continue;

    const edges = graph.get(node) ?? [];
    for (let index = 0; index < edges.length; index += 1) {
      const edge = edges[index] as Edge;
      left -= 1;
      const seen = depth.get(edge.to);
      if (seen === undefined) {
        depth.set(edge.to, next);
        preds.set(edge.to, [{ to: node, flow: edge.flow }]);
        queue.push(edge.to);
      } else if (seen === next) {
        const list = preds.get(edge.to) ?? [];
        if (list.length < ROUTES_PER_PAIR && !list.some((p) => p.to === node)) {
          list.push({ to: node, flow: edge.flow });
        }
      }
    }
  }

  const memo = new Map<string, Route[]>([
    [start, [{ steps: [start], flows: [] }]],
  ]);
  const routesTo = (node: string): Route[] => {
    const known = memo.get(node);
    if (known !== undefined) return known;

    const routes: Route[] = [];
    for (const pred of preds.get(node) ?? []) {
      for (const route of routesTo(pred.to)) {
        if (routes.length === ROUTES_PER_PAIR) break;
        routes.push({
          steps: [...route.steps, node],
          flows: [...route.flows, pred.flow],
        });
      }
    }
    memo.set(node, routes);
    return routes;
  };

  return { reached: queue, budget: left, routesTo };
}
