import { type Shape, lineWindow, linesIn, mermaidError } from './tokens';

/** How far a plain label may run before its closing bracket. */
const LABEL_WINDOW = 2000;

/** Openers, longest first, with the shape and the closers they accept. */
const OPENERS: readonly (readonly [string, Shape, readonly string[]])[] = [
  ['(((', 'double-circle', [')))']],
  ['((', 'circle', ['))']],
  ['([', 'stadium', ['])']],
  ['(', 'round', [')']],
  ['[[', 'subroutine', [']]']],
  ['[(', 'cylinder', [')]']],
  ['[/', 'lean', ['/]', '\\]']],
  ['[\\', 'lean', ['\\]', '/]']],
  ['[', 'rect', [']']],
  ['{{', 'hexagon', ['}}']],
  ['{', 'diamond', ['}']],
  ['>', 'asymmetric', [']']],
];

const OPENING = new Set(OPENERS.map(([open]) => open.charAt(0)));

/** Shape names of the `A@{ shape: … }` form that draw a data store. */
const STORE_SHAPES = new Set([
  'cyl',
  'cylinder',
  'database',
  'db',
  'das',
  'disk',
  'lin-cyl',
  'h-cyl',
  'horizontal-cylinder',
  'lined-cylinder',
]);

export interface ShapeRead {
  readonly shape: Shape;
  readonly label?: string;
  readonly end: number;
}

/** Reads `[label]`, `[("label")]` and the like at `pos`, if one starts there. */
export function readShape(
  text: string,
  pos: number,
  line: number,
): ShapeRead | undefined {
  if (!OPENING.has(text.charAt(pos))) return undefined;

  const opener = OPENERS.find(([open]) => text.startsWith(open, pos));
  if (opener === undefined) return undefined;

  const [open, shape, closers] = opener;
  const start = skipBlanks(text, pos + open.length);
  if (text[start] === '"') {
    const close = text.indexOf('"', start + 1);
    if (close === -1) throw mermaidError(line, 'a quoted label is not closed');

    const after = skipBlanks(text, close + 1);
    const closer = closers.find((c) => text.startsWith(c, after));
    if (closer === undefined) {
      throw mermaidError(
        line + linesIn(text, pos, close),
        `expected ${closers[0] ?? ''} after the label`,
      );
    }
    return {
      shape,
      label: text.slice(start + 1, close),
      end: after + closer.length,
    };
  }

  const rest = lineWindow(text, start, LABEL_WINDOW);
  const found = closers
    .map((c) => ({ c, at: rest.indexOf(c) }))
    .filter(({ at }) => at !== -1)
    .sort((a, b) => a.at - b.at)[0];
  if (found === undefined) {
    throw mermaidError(
      line,
      `a node shape opened with ${open} is not closed on its line`,
    );
  }

  const label = rest.slice(0, found.at);
  const end = start + found.at + found.c.length;
  return { shape, ...(label.trim() === '' ? {} : { label }), end };
}

/** Reads the `@{ shape: cyl, label: "Orders" }` form; `pos` is at `{`. */
export function readNodeData(
  text: string,
  pos: number,
  line: number,
): { shape?: Shape; label?: string; end: number } {
  const close = closingBrace(text, pos);
  if (close === -1)
    throw mermaidError(line, 'node data opened with @{ is not closed');

  const fields = new Map<string, string>();
  const body = text.slice(pos + 1, close);
  for (const match of body.matchAll(/(\w+)\s*:\s*("[^"]*"|[^,\n}]*)/g)) {
    const [, key = '', value = ''] = match;
    fields.set(key, value.trim().replace(/^"|"$/g, ''));
  }

  const shapeName = fields.get('shape');
  const label = fields.get('label');
  return {
    ...(shapeName === undefined
      ? {}
      : { shape: STORE_SHAPES.has(shapeName) ? 'cylinder' : 'other' }),
    ...(label === undefined || label === '' ? {} : { label }),
    end: close + 1,
  };
}

function closingBrace(text: string, pos: number): number {
  let quoted = false;
  for (let i = pos + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (c === '}' && !quoted) return i;
  }
  return -1;
}

export function skipBlanks(text: string, pos: number): number {
  let p = pos;
  while (text[p] === ' ' || text[p] === '\t') p++;
  return p;
}
