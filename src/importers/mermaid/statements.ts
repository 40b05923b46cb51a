import { checkCount } from '../../model/limits';
import { DRAWS, type GraphBuilder } from './graph';
import type { Lexer } from './lexer';
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
 * link joins every node of one group to every node of the next. Tokens
 * are pulled one at a time, so a limit stops the reading where it is met.
 */
export function readStatements(lexer: Lexer, graph: GraphBuilder): void {
  const tokens = new Cursor(lexer);
  for (let token = tokens.peek(); token !== undefined; token = tokens.peek()) {
    switch (token.kind) {
      case 'sep':
        tokens.take();
        break;
      case 'subgraph':
        tokens.take();
        graph.openSubgraph(token.header, token.line);
        expectStatementEnd(tokens);
        break;
      case 'end':
        tokens.take();
        graph.closeSubgraph(token.line);
        expectStatementEnd(tokens);
        break;
      case 'node':
        readChain(tokens, graph);
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

/** The lexer's tokens with one of look-ahead, and the line of the last taken. */
class Cursor {
  private ahead: Token | undefined;
  private peeked = false;
  lastLine: number | undefined;

  constructor(private readonly lexer: Lexer) {}

  peek(): Token | undefined {
    if (!this.peeked) {
      this.ahead = this.lexer.next();
      this.peeked = true;
    }
    return this.ahead;
  }

  take(): Token | undefined {
    const token = this.peek();
    this.peeked = false;
    if (token !== undefined) this.lastLine = token.line;
    return token;
  }
}

function readChain(tokens: Cursor, graph: GraphBuilder): void {
  let group = readGroup(tokens, graph);
  for (;;) {
    const token = tokens.peek();
    if (token === undefined || token.kind === 'sep') return;

    tokens.take();
    let edgeId: string | undefined;
    let link: Token | undefined = token;
    if (token.kind === 'edge-id') {
      edgeId = token.id;
      link = tokens.take();
    }
    if (link?.kind !== 'link') {
      throw mermaidError(
        token.line,
        `expected a link or a new line, found ${describe(link)}`,
      );
    }

    const next = readGroup(tokens, graph, link);
    connect(graph, group, next, link, edgeId);
    group = next;
  }
}

/**
 * `A`, or `A & B & C`; mentions each node as it goes. A group longer than
 * a model may have elements is refused as it grows: joined to another
 * group it would draw that many links times the other's size.
 */
function readGroup(
  tokens: Cursor,
  graph: GraphBuilder,
  after?: LinkToken,
): NodeToken[] {
  const group: NodeToken[] = [];
  const before = tokens.lastLine;
  for (;;) {
    const token = tokens.take();
    if (token?.kind !== 'node') {
      const line = token?.line ?? after?.line ?? before ?? 1;
      throw mermaidError(line, `expected a node, found ${describe(token)}`);
    }

    graph.mention(token);
    group.push(token);
    checkCount('elements', group.length, `line ${token.line}`, {
      source: DRAWS,
      noun: 'nodes in one group',
    });
    if (tokens.peek()?.kind !== 'amp') return group;
    tokens.take();
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

function expectStatementEnd(tokens: Cursor): void {
  const token = tokens.peek();
  if (token !== undefined && token.kind !== 'sep') {
    throw mermaidError(
      token.line,
      `expected a new line, found ${describe(token)}`,
    );
  }
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
