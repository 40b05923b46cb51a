import { ThreatModelError } from '../../model/errors';

/** Node shapes of a Mermaid flowchart; only the cylinder changes the kind. */
export type Shape =
  | 'rect'
  | 'round'
  | 'stadium'
  | 'subroutine'
  | 'cylinder'
  | 'circle'
  | 'double-circle'
  | 'diamond'
  | 'hexagon'
  | 'asymmetric'
  | 'lean'
  | 'other';

/** How a link ends: `-->`, `---`, `--o`, `--x`. */
export type LinkEnd = 'arrow' | 'open' | 'circle' | 'cross';

export interface LinkToken {
  readonly kind: 'link';
  readonly line: number;
  readonly end: LinkEnd;
  /** `<-->` and the like, and lines without a direction (`---`). */
  readonly bidirectional: boolean;
  /** `~~~`: a layout hint, not a data flow. */
  readonly invisible: boolean;
  readonly text?: string;
}

export interface NodeToken {
  readonly kind: 'node';
  readonly line: number;
  readonly id: string;
  readonly shape?: Shape;
  readonly label?: string;
}

export type Token =
  | { readonly kind: 'sep'; readonly line: number }
  | { readonly kind: 'amp'; readonly line: number }
  | { readonly kind: 'end'; readonly line: number }
  | {
      readonly kind: 'subgraph';
      readonly line: number;
      readonly header: string;
    }
  | { readonly kind: 'edge-id'; readonly line: number; readonly id: string }
  | NodeToken
  | LinkToken;

/** Characters a node id may hold; `-` only when no link starts with it. */
export const ID_PATTERN = /[\p{L}\p{N}_](?:[\p{L}\p{N}_]|-(?![-.>]))*/uy;

export function isIdChar(c: string): boolean {
  return /^[\p{L}\p{N}_]$/u.test(c);
}

export function mermaidError(line: number, message: string): ThreatModelError {
  return new ThreatModelError(
    'PARSE_ERROR',
    `the Mermaid diagram cannot be read at line ${line}: ${message}`,
    [{ path: `line ${line}`, message }],
    line,
  );
}

/** Counts new lines between two positions. */
export function linesIn(text: string, from: number, to: number): number {
  let count = 0;
  for (
    let i = text.indexOf('\n', from);
    i !== -1 && i < to;
    i = text.indexOf('\n', i + 1)
  ) {
    count++;
  }
  return count;
}

/**
 * The rest of the line from `pos`, cut to `max` characters: labels and link
 * texts are short, and a bounded look keeps one-line diagrams linear.
 */
export function lineWindow(text: string, pos: number, max: number): string {
  const segment = text.slice(pos, pos + max);
  const newline = segment.indexOf('\n');
  return newline === -1 ? segment : segment.slice(0, newline);
}
