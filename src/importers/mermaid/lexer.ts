import { readLink } from './links';
import { readNodeData, readShape, skipBlanks } from './shapes';
import {
  ID_PATTERN,
  type Shape,
  type Token,
  linesIn,
  mermaidError,
} from './tokens';

/** Statements that say nothing about the architecture; skipped to the end of their line. */
const IGNORED = new Set([
  'classDef',
  'class',
  'style',
  'linkStyle',
  'click',
  'callback',
  'direction',
  'accTitle',
  'accDescr',
]);

/** Characters a link can start with. */
const LINK_START = new Set(['-', '=', '.', '<', '~']);

const CLASS_SUFFIX = /:::[\w-]+/y;

const HEADERS = new Set(['graph', 'flowchart', 'flowchart-elk']);

/**
 * Splits flowchart text into tokens, one at a time, so that a reader can
 * stop at the first statement past a limit without the rest of the text
 * ever becoming tokens. `firstLine` is the line of the text's start in the
 * file, so every token and error names the file's line.
 */
export class Lexer {
  private pos = 0;
  private last: Token | undefined;
  private produced: Token | undefined;

  constructor(
    private readonly text: string,
    private line: number,
  ) {}

  /** The next token, or undefined at the end of the text. */
  next(): Token | undefined {
    while (this.pos < this.text.length) {
      const token = this.step();
      if (token !== undefined) {
        this.last = token;
        return token;
      }
    }
    return undefined;
  }

  /** Reads what starts at the position: a token, or something skipped. */
  private step(): Token | undefined {
    this.produced = undefined;
    const { text } = this;
    const c = text[this.pos] ?? '';
    if (c === '\n') this.newLine();
    else if (c === ' ' || c === '\t' || c === '\r') this.pos++;
    else if (c === ';') this.separate(1);
    else if (text.startsWith('%%', this.pos)) this.skipComment();
    else if (c === '&') this.push({ kind: 'amp', line: this.line }, 1);
    else if (!(LINK_START.has(c) && this.readLinkHere()) && !this.readWord()) {
      throw mermaidError(
        this.line,
        `unexpected character ${JSON.stringify(c)}`,
      );
    }
    return this.produced;
  }

  private newLine(): void {
    this.separate(1);
    this.line++;
  }

  private separate(width: number): void {
    const { last } = this;
    if (last !== undefined && last.kind !== 'sep')
      this.produced = { kind: 'sep', line: this.line };
    this.pos += width;
  }

  private push(token: Token, width: number): void {
    this.produced = token;
    this.pos += width;
  }

  private atStatementStart(): boolean {
    return this.last === undefined || this.last.kind === 'sep';
  }

  /** `%% comment` to the end of the line; `%%{ directive }%%` wherever it ends. */
  private skipComment(): void {
    const { text } = this;
    if (text[this.pos + 2] === '{') {
      const close = text.indexOf('}%%', this.pos);
      const end = close === -1 ? text.length : close + 3;
      this.line += linesIn(text, this.pos, end);
      this.pos = end;
      return;
    }

    const newline = text.indexOf('\n', this.pos);
    this.pos = newline === -1 ? text.length : newline;
  }

  private readLinkHere(): boolean {
    const read = readLink(this.text, this.pos, this.line);
    if (read === undefined) return false;

    this.produced = read.token;
    this.pos = read.end;
    this.line += read.lines;
    return true;
  }

  private readWord(): boolean {
    ID_PATTERN.lastIndex = this.pos;
    const match = ID_PATTERN.exec(this.text);
    if (match === null) return false;

    const word = match[0];
    const after = this.pos + word.length;
    if (this.atStatementStart() && this.readKeyword(word, after)) return true;

    if (this.text[after] === '@' && this.text[after + 1] !== '{') {
      this.push(
        { kind: 'edge-id', line: this.line, id: word },
        word.length + 1,
      );
      return true;
    }

    this.readNode(word, after);
    return true;
  }

  private readKeyword(word: string, after: number): boolean {
    const next = this.text[after] ?? '\n';
    const endsWord =
      /[\s;]/.test(next) || (word.startsWith('acc') && /[:{]/.test(next));
    if (word === 'end' && endsWord) {
      this.push({ kind: 'end', line: this.line }, word.length);
    } else if (word === 'subgraph' && endsWord) {
      const end = this.statementEnd(after);
      const header = this.text.slice(after, end).trim();
      this.produced = { kind: 'subgraph', line: this.line, header };
      this.pos = end;
    } else if ((HEADERS.has(word) || IGNORED.has(word)) && endsWord) {
      const end = this.statementEnd(after, word === 'accDescr');
      this.line += linesIn(this.text, after, end);
      this.pos = end;
    } else {
      return false;
    }

    return true;
  }

  /**
   * The end of a raw statement: its line, or a `;` outside quotes. An
   * `accDescr { … }` block may span lines up to its closing brace.
   */
  private statementEnd(from: number, block = false): number {
    const { text } = this;
    if (block && text.slice(from).trimStart().startsWith('{')) {
      const close = text.indexOf('}', from);
      return close === -1 ? text.length : close + 1;
    }

    let quoted = false;
    for (let i = from; i < text.length; i++) {
      const c = text[i];
      if (c === '"') quoted = !quoted;
      else if (c === '\n' || (c === ';' && !quoted)) return i;
    }
    return text.length;
  }

  private readNode(id: string, after: number): void {
    const { text, line } = this;
    let pos = after;
    let shape: Shape | undefined;
    let label: string | undefined;
    if (text.startsWith('@{', pos)) {
      const read = readNodeData(text, pos + 1, line);
      ({ shape, label } = read);
      pos = read.end;
    } else {
      const start = skipBlanks(text, pos);
      const read = readShape(text, text[start] === '>' ? pos : start, line);
      if (read !== undefined) {
        ({ shape, label } = read);
        this.line += linesIn(text, pos, read.end);
        pos = read.end;
      }
    }

    if (text.startsWith(':::', pos)) {
      CLASS_SUFFIX.lastIndex = pos;
      pos = CLASS_SUFFIX.test(text) ? CLASS_SUFFIX.lastIndex : pos + 3;
    }

    this.produced = {
      kind: 'node',
      line,
      id,
      ...(shape === undefined ? {} : { shape }),
      ...(label === undefined ? {} : { label }),
    };
    this.pos = pos;
  }
}
