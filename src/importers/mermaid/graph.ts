import { checkBoundaryDepth, checkCount, MAX_FLOWS } from '../../model/limits';
import { shown } from '../text';
import { type SubgraphHeader, labelText, readSubgraphHeader } from './labels';
import {
  type LinkToken,
  type NodeToken,
  type Shape,
  mermaidError,
} from './tokens';

/** How the size limits' messages say what a diagram holds. */
export const DRAWS = 'the diagram draws';

export interface GraphNode {
  readonly id: string;
  readonly line: number;
  label?: string;
  shape?: Shape;
}

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly link: LinkToken;
  readonly edgeId?: string;
}

export interface GraphSubgraph {
  /**
   * Its id as the diagram gives it; for a subgraph known only by its title,
   * the title in quotes, which no node id can equal.
   */
  readonly key: string;
  /** True when the diagram gives an id, which edges and nodes may name. */
  readonly named: boolean;
  readonly title: string;
  readonly line: number;
  /** Ids of nodes and subgraphs mentioned inside it, in order, once each. */
  readonly listed: Set<string>;
}

/** A parsed flowchart: what was drawn, and which subgraph holds what. */
export interface Graph {
  readonly nodes: ReadonlyMap<string, GraphNode>;
  readonly edges: readonly GraphEdge[];
  /** In the order they were opened. */
  readonly subgraphs: readonly GraphSubgraph[];
  /** Node id or subgraph key → the key of the subgraph that holds it. */
  readonly owner: ReadonlyMap<string, string>;
}

/**
 * Collects nodes, edges and subgraphs as statements are read, applying
 * Mermaid's membership rule: when a subgraph closes, it takes every id
 * mentioned inside it that no earlier-closed subgraph has taken. Inner
 * subgraphs close first, so a node belongs to the innermost, then the
 * first, subgraph that lists it, wherever it was first drawn.
 *
 * The model's size limits are applied as the diagram is read, so a huge
 * diagram (or a short `a & b & … --> c & d & …` that draws millions of
 * links) stops at the line that passes them. Layout-only links count
 * toward the flow limit, as they cost as much to read.
 */
export class GraphBuilder {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly edges: GraphEdge[] = [];
  private readonly subgraphs: GraphSubgraph[] = [];
  private readonly subgraphKeys = new Set<string>();
  private readonly open: GraphSubgraph[] = [];
  private readonly owner = new Map<string, string>();
  /** Nodes drawn so far that are not (yet) known to be subgraphs. */
  private elementCount = 0;

  mention(token: NodeToken): void {
    let node = this.nodes.get(token.id);
    if (node === undefined) {
      node = { id: token.id, line: token.line };
      this.nodes.set(token.id, node);
      if (!this.subgraphKeys.has(token.id)) this.countElement(token.line);
    }

    if (token.shape !== undefined) node.shape = token.shape;
    const label =
      token.label === undefined ? undefined : labelText(token.label);
    if (label !== undefined) node.label = label;
    this.list(token.id);
  }

  edge(from: string, to: string, link: LinkToken, edgeId?: string): void {
    if (this.edges.length >= MAX_FLOWS) {
      checkCount('flows', this.edges.length + 1, `line ${link.line}`, {
        source: DRAWS,
        noun: 'links',
      });
    }
    this.edges.push(
      edgeId === undefined ? { from, to, link } : { from, to, link, edgeId },
    );
  }

  openSubgraph(header: string, line: number): void {
    checkBoundaryDepth(this.open.length + 1, `line ${line}`);
    checkCount('boundaries', this.subgraphs.length + 1, `line ${line}`, {
      source: DRAWS,
      noun: 'subgraphs',
    });

    const { key, named, title } = this.identify(
      readSubgraphHeader(header),
      line,
    );
    if (this.nodes.has(key)) this.elementCount--;
    const subgraph = {
      key,
      named,
      title,
      line,
      listed: new Set<string>(),
    };
    this.subgraphs.push(subgraph);
    this.subgraphKeys.add(key);
    this.open.push(subgraph);
  }

  closeSubgraph(line: number): void {
    const subgraph = this.open.pop();
    if (subgraph === undefined)
      throw mermaidError(line, "'end' closes no subgraph");

    for (const id of subgraph.listed) {
      if (id !== subgraph.key && !this.owner.has(id))
        this.owner.set(id, subgraph.key);
    }
    this.list(subgraph.key);
  }

  /** Checks that one diagram closed every subgraph it opened. */
  endBlock(): void {
    const unclosed = this.open[this.open.length - 1];
    if (unclosed !== undefined) {
      throw mermaidError(
        unclosed.line,
        `subgraph ${shown(unclosed.title)} has no 'end'`,
      );
    }
  }

  finish(): Graph {
    this.endBlock();
    for (const key of this.subgraphKeys) this.nodes.delete(key);
    return {
      nodes: this.nodes,
      edges: this.edges,
      subgraphs: this.subgraphs,
      owner: this.owner,
    };
  }

  private countElement(line: number): void {
    this.elementCount++;
    checkCount('elements', this.elementCount, `line ${line}`, {
      source: DRAWS,
      noun: 'nodes',
    });
  }

  private list(id: string): void {
    this.open[this.open.length - 1]?.listed.add(id);
  }

  private identify(
    header: SubgraphHeader,
    line: number,
  ): { key: string; named: boolean; title: string } {
    const title = header.title ?? header.id ?? '';
    if (title === '')
      throw mermaidError(line, 'a subgraph needs an id or a title');

    if (header.id !== undefined) {
      if (this.subgraphKeys.has(header.id)) {
        throw mermaidError(
          line,
          `subgraph ${shown(header.id)} is opened twice`,
        );
      }
      return { key: header.id, named: true, title };
    }

    let key = `"${title}"`;
    for (let n = 2; this.subgraphKeys.has(key); n++) key = `"${title}" ${n}`;
    return { key, named: false, title };
  }
}
