import type { Problem } from '../../model/errors';
import { shown } from '../text';
import type { Graph, GraphEdge } from './graph';

export interface FlowEnds {
  readonly from: string;
  readonly to: string;
  /** `from->to` as the diagram names them: a subgraph end keeps its own id. */
  readonly written: string;
}

/**
 * Resolves the ends of an edge to element ids. An end that names a
 * subgraph goes to the subgraph's representative: its first element in
 * listing order, looking into nested subgraphs when it holds none itself.
 */
export class EdgeEnds {
  private readonly members = new Map<string, string[]>();
  private readonly representatives = new Map<string, string | undefined>();

  constructor(
    private readonly graph: Graph,
    private readonly elementIds: ReadonlyMap<string, string>,
    private readonly boundaryIds: ReadonlyMap<string, string>,
    private readonly notes: Problem[],
  ) {
    for (const [id, owner] of graph.owner) {
      const list = this.members.get(owner) ?? [];
      list.push(id);
      this.members.set(owner, list);
    }
  }

  /** Both ends, or undefined for a layout-only link or an end that leads nowhere. */
  resolve(edge: GraphEdge): FlowEnds | undefined {
    if (edge.link.invisible) return undefined;

    const from = this.end(edge.from, edge);
    const to = this.end(edge.to, edge);
    if (from === undefined || to === undefined) return undefined;
    return {
      from: from.element,
      to: to.element,
      written: `${from.written}->${to.written}`,
    };
  }

  private end(
    id: string,
    edge: GraphEdge,
  ): { element: string; written: string } | undefined {
    const element = this.elementIds.get(id);
    if (element !== undefined) return { element, written: element };

    const path = `line ${edge.link.line}`;
    const named = `a link names subgraph ${shown(id)}`;
    const first = this.representative(id, new Set());
    if (first === undefined) {
      this.notes.push({
        path,
        message: `${named}, which holds no element: left out`,
      });
      return undefined;
    }

    this.notes.push({
      path,
      message: `${named}: attached to its first element '${first}'`,
    });
    return { element: first, written: this.boundaryIds.get(id) ?? id };
  }

  private representative(
    key: string,
    visiting: Set<string>,
  ): string | undefined {
    if (this.representatives.has(key)) return this.representatives.get(key);
    if (visiting.has(key)) return undefined;
    visiting.add(key);

    const members = this.members.get(key) ?? [];
    const direct = members.find((id) => this.elementIds.has(id));
    let found = direct === undefined ? undefined : this.elementIds.get(direct);
    for (const member of members) {
      if (found !== undefined) break;
      if (this.graph.nodes.has(member)) continue;
      found = this.representative(member, visiting);
    }

    this.representatives.set(key, found);
    return found;
  }
}
