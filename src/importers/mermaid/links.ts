import { skipBlanks } from './shapes';
import {
  type LinkEnd,
  type LinkToken,
  isIdChar,
  lineWindow,
  mermaidError,
} from './tokens';

/**
 * Mermaid links: `-->`, `---`, `-.->`, `==>`, `~~~`, `<-->`, `--o`, `--x`,
 * longer runs such as `---->`, text forms `-- text -->`, `== text ==>`,
 * `-. text .->`, and a `|text|` after any of them.
 */
export interface LinkRead {
  readonly token: LinkToken;
  readonly end: number;
  readonly lines: number;
}

interface Body {
  readonly end: number;
  readonly tip: LinkEnd;
  readonly text?: string;
}

/** How far a link's text may run before its closing arrow. */
const LINK_TEXT_WINDOW = 1000;

const INVISIBLE = /~{3,}/y;
const DOTTED = /-\.+-([>ox]?)/y;

const TIPS: Readonly<Record<string, LinkEnd>> = {
  '>': 'arrow',
  o: 'circle',
  x: 'cross',
};

/** The link starting at `pos`, or undefined when none does. */
export function readLink(
  text: string,
  pos: number,
  line: number,
): LinkRead | undefined {
  const twoWay = text[pos] === '<';
  const start = twoWay ? pos + 1 : pos;
  INVISIBLE.lastIndex = start;
  if (!twoWay && INVISIBLE.test(text)) {
    const token = {
      kind: 'link',
      line,
      end: 'open',
      bidirectional: false,
      invisible: true,
    } as const;
    return { token, end: INVISIBLE.lastIndex, lines: 0 };
  }

  const body = readBody(text, start, line);
  if (body === undefined) return undefined;

  const piped = readPipeText(text, body.end, line);
  const label = piped?.text ?? body.text;
  const token: LinkToken = {
    kind: 'link',
    line,
    end: body.tip,
    bidirectional: twoWay || body.tip === 'open',
    invisible: false,
    ...(label === undefined ? {} : { text: label }),
  };
  const end = piped?.end ?? body.end;
  return { token, end, lines: piped?.lines ?? 0 };
}

function readBody(text: string, pos: number, line: number): Body | undefined {
  const c = text[pos];
  if (c === '-' && text[pos + 1] === '.') return readDotted(text, pos, line);
  if (c !== '-' && c !== '=') return undefined;

  let run = 0;
  while (text[pos + run] === c) run++;
  if (run < 2) return undefined;

  const after = text[pos + run] ?? '';
  const tip = TIPS[after];
  const tipped = tip === undefined ? undefined : { end: pos + run + 1, tip };
  if (
    tipped !== undefined &&
    (tip === 'arrow' || !isIdChar(text[pos + run + 1] ?? ''))
  ) {
    return tipped;
  }
  if (run >= 3) return tipped ?? { end: pos + run, tip: 'open' };

  // `--oauth-->` is text; `--oB` is a circle end before node B.
  const closer = c === '-' ? /-{2,}([->ox])/g : /={2,}([=>ox])/g;
  const withText = readTextLink(text, pos + 2, closer);
  if (withText !== undefined) return withText;
  if (tipped !== undefined) return tipped;
  throw mermaidError(line, 'the text of a link is not closed with an arrow');
}

/** `-.->`, `-.-`, `-..->`, or the text form `-. text .->`. */
function readDotted(text: string, pos: number, line: number): Body | undefined {
  DOTTED.lastIndex = pos;
  const match = DOTTED.exec(text);
  if (match !== null) {
    return { end: DOTTED.lastIndex, tip: TIPS[match[1] ?? ''] ?? 'open' };
  }

  const withText = readTextLink(text, pos + 2, /\.+-([>ox]?)/g);
  if (withText === undefined) {
    throw mermaidError(
      line,
      'the text of a dotted link is not closed with .->',
    );
  }
  return withText;
}

/** Text between a link's start and its closer, on one line. */
function readTextLink(
  text: string,
  from: number,
  closer: RegExp,
): Body | undefined {
  const segment = lineWindow(text, from, LINK_TEXT_WINDOW);
  let searchFrom = 0;
  if (segment.trimStart().startsWith('"')) {
    const open = segment.indexOf('"');
    const close = segment.indexOf('"', open + 1);
    if (close !== -1) searchFrom = close + 1;
  }

  closer.lastIndex = searchFrom;
  const match = closer.exec(segment);
  if (match === null) return undefined;

  const label = unquote(segment.slice(0, match.index).trim());
  const tip = TIPS[match[1] ?? ''] ?? 'open';
  const end = from + closer.lastIndex;
  return { end, tip, ...(label === '' ? {} : { text: label }) };
}

function readPipeText(
  text: string,
  pos: number,
  line: number,
): { text: string; end: number; lines: number } | undefined {
  const start = skipBlanks(text, pos);
  if (text[start] !== '|') return undefined;

  const close = text.indexOf('|', start + 1);
  if (close === -1)
    throw mermaidError(line, 'the text of a link opened with | is not closed');

  const body = text.slice(start + 1, close);
  let lines = 0;
  for (const c of body) if (c === '\n') lines++;
  return { text: unquote(body.trim()), end: close + 1, lines };
}

function unquote(text: string): string {
  return text.length >= 2 && text.startsWith('"') && text.endsWith('"')
    ? text.slice(1, -1)
    : text;
}
