import type { GraphBuilder } from './graph';
import {
  type LinkToken,
  type NodeToken,
  type Token,
  mermaidError,
} from './tokens';

/**
 * Reads statements from tokens into a graph. A statement is a subgraph
 * opening, an `end`, or a chain of node groups joined by links:
 * `A --> B & C -->|text| D`, where `&` joins nodes into a group and each
 * link joins every node of one group to every node of the next.
 */
export function readStatements(
  tokens: readonly Token[],
  graph: GraphBuilder,
): void {
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (token === undefined) break;

    switch (token.kind) {
      case 'sep':
        i++;
        break;
      case 'subgraph':
        graph.openSubgraph(token.header, token.line);
        i = expectStatementEnd(tokens, i + 1);
        break;
      case 'end':
        graph.closeSubgraph(token.line);
        i = expectStatementEnd(tokens, i + 1);
        break;
      case 'node':
        i = readChain(tokens, i, graph);
        break;
      case 'amp':
      case 'edge-id':
      case 'link':
        throw mermaidError(
          token.line,
          `a statement cannot start with ${describe(token)}`,
        );
    }
  }

  graph.endBlock();
}

function readChain(
  tokens: readonly Token[],
  start: number,
  graph: GraphBuilder,
): number {
  let [group, i] = readGroup(tokens, start, graph);
  for (;;) {
    const token = tokens[i];
    if (token === undefined || token.kind === 'sep') return i;

    let edgeId: string | undefined;
    let link: Token | undefined = token;
    if (token.kind === 'edge-id') {
      edgeId = token.id;
      link = tokens[i + 1];
      i++;
    }
    if (link?.kind !== 'link') {
      throw mermaidError(
        token.line,
        `expected a link or a new line, found ${describe(link)}`,
      );
    }

    const [next, after] = readGroup(tokens, i + 1, graph, link);
    connect(graph, group, next, link, edgeId);
    group = next;
    i = after;
  }
}

/** `A`, or `A & B & C`; mentions each node as it goes. */
function readGroup(
  tokens: readonly Token[],
  start: number,
  graph: GraphBuilder,
  after?: LinkToken,
): [NodeToken[], number] {
  const group: NodeToken[] = [];
  let i = start;
  for (;;) {
    const token = tokens[i];
    if (token?.kind !== 'node') {
      const line = token?.line ?? after?.line ?? tokens[start - 1]?.line ?? 1;
      throw mermaidError(line, `expected a node, found ${describe(token)}`);
    }

    graph.mention(token);
    group.push(token);
    if (tokens[i + 1]?.kind !== 'amp') return [group, i + 1];
    i += 2;
  }
}

function connect(
  graph: GraphBuilder,
  from: readonly NodeToken[],
  to: readonly NodeToken[],
  link: LinkToken,
  edgeId: string | undefined,
): void {
  let n = 0;
  for (const source of from) {
    for (const target of to) {
      const id =
        edgeId === undefined || n === 0 ? edgeId : `${edgeId}#${n + 1}`;
      graph.edge(source.id, target.id, link, id);
      n++;
    }
  }
}

function expectStatementEnd(tokens: readonly Token[], i: number): number {
  const token = tokens[i];
  if (token !== undefined && token.kind !== 'sep') {
    throw mermaidError(
      token.line,
      `expected a new line, found ${describe(token)}`,
    );
  }
  return i;
}

function describe(token: Token | undefined): string {
  if (token === undefined) return 'the end of the diagram';

  switch (token.kind) {
    case 'sep':
      return 'the end of the statement';
    case 'amp':
      return "'&'";
    case 'end':
      return "'end'";
    case 'subgraph':
      return "'subgraph'";
    case 'edge-id':
      return `an edge id`;
    case 'node':
      return `node '${token.id.slice(0, 40)}'`;
    case 'link':
      return 'a link';
  }
}
