import type { Problem } from '../../model/errors';
import { type Data, isRecord, text as textField } from '../data/read';
import { parseYaml } from '../data/parse';

/** One flowchart's text and the file line it starts on. */
export interface Block {
  /** The text to parse: any front matter blanked out, lines kept. */
  readonly text: string;
  /** The text as written. */
  readonly raw: string;
  readonly firstLine: number;
}

/** Flowchart text found in a file, with what was said about it around it. */
export interface Source {
  readonly blocks: readonly Block[];
  /** The Markdown file's YAML front matter, if any. */
  readonly frontMatter?: Data;
  /** From the Markdown or Mermaid front matter, or a `%% title:` comment. */
  readonly title?: string;
  readonly notes: readonly Problem[];
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})\s*\{?\s*([\w-]*)/;
const FLOWCHART = /^\s*(graph|flowchart|flowchart-elk)\b/;

/** True when the text holds a ```mermaid fence, as Markdown would. */
export function hasMermaidFence(text: string): boolean {
  return /^ {0,3}(`{3,}|~{3,})\s*\{?\s*mermaid\b/m.test(text);
}

/**
 * Finds the flowcharts in Mermaid text or in Markdown: Markdown may open
 * with YAML front matter and hold several fences, of which the flowchart
 * ones are taken. Each block may open with its own front matter (Mermaid's
 * config and title), which is blanked so line numbers stay right.
 */
export function readSource(text: string): Source {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const notes: Problem[] = [];
  if (!hasMermaidFence(text)) {
    const block = readBlock(lines, 0, notes);
    return withTitle(
      { blocks: block === undefined ? [] : [block.block], notes },
      block?.title,
    );
  }

  const front = frontMatterEnd(lines, 0);
  const frontMatter =
    front === undefined ? undefined : readFrontMatter(lines, 0, front);
  const blocks: Block[] = [];
  let title: string | undefined;
  for (const [start, end] of mermaidFences(
    lines,
    front === undefined ? 0 : front + 1,
  )) {
    const found = readBlock(lines.slice(start, end), start, notes);
    if (found === undefined) continue;

    blocks.push(found.block);
    title ??= found.title;
  }

  const fileTitle =
    frontMatter === undefined ? undefined : textField(frontMatter, 'title');
  return withTitle(
    { blocks, notes, ...(frontMatter === undefined ? {} : { frontMatter }) },
    fileTitle ?? title,
  );
}

function withTitle(source: Source, title: string | undefined): Source {
  return title === undefined || title.trim() === ''
    ? source
    : { ...source, title: title.trim() };
}

/** The line pairs [first line inside, line after] of each mermaid fence. */
function mermaidFences(
  lines: readonly string[],
  from: number,
): [number, number][] {
  const fences: [number, number][] = [];
  for (let i = from; i < lines.length; i++) {
    const open = FENCE_OPEN.exec(lines[i] ?? '');
    if (open === null) continue;

    const [, marker = '```', info = ''] = open;
    const close = new RegExp(
      `^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`,
    );
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end] ?? '')) end++;
    if (info === 'mermaid') fences.push([i + 1, end]);
    i = end;
  }
  return fences;
}

/** One diagram whose first line is line `start + 1` of the file: its front matter blanked. */
function readBlock(
  body: string[],
  start: number,
  notes: Problem[],
): { block: Block; title?: string } | undefined {
  const raw = body.join('\n');
  const first = body.findIndex((line) => line.trim() !== '');
  const front = first === -1 ? undefined : frontMatterEnd(body, first);
  let title: string | undefined;
  if (front !== undefined) {
    const data = readFrontMatter(body, first, front, start);
    title = textField(data, 'title');
    for (let i = first; i <= front; i++) body[i] = '';
  }

  const kind = diagramKind(body);
  if (kind === undefined || !FLOWCHART.test(kind)) {
    const what =
      kind === undefined
        ? 'no diagram'
        : `a ${kind.trim().split(/\s/)[0] ?? ''} diagram`;
    notes.push({
      path: `line ${start + 1}`,
      message: `${what}, not a flowchart: skipped`,
    });
    return undefined;
  }

  const block = { text: body.join('\n'), raw, firstLine: start + 1 };
  return title === undefined ? { block } : { block, title };
}

/** The first line that is not blank, a comment or a directive. */
function diagramKind(lines: readonly string[]): string | undefined {
  let inDirective = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (inDirective) {
      inDirective = !trimmed.includes('}%%');
      continue;
    }
    if (trimmed.startsWith('%%{')) {
      inDirective = !trimmed.includes('}%%');
      continue;
    }
    if (trimmed === '' || trimmed.startsWith('%%')) continue;
    return trimmed;
  }
  return undefined;
}

/** The closing line of front matter opening at `start`, if it does. */
function frontMatterEnd(
  lines: readonly string[],
  start: number,
): number | undefined {
  if (lines[start]?.trim() !== '---') return undefined;

  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]?.trim();
    if (line === '---' || line === '...') return i;
  }
  return undefined;
}

function readFrontMatter(
  lines: readonly string[],
  start: number,
  end: number,
  offset = 0,
): Data {
  const yaml = lines.slice(start + 1, end).join('\n');
  const data = parseYaml(yaml, start + 1 + offset);
  return isRecord(data) ? data : {};
}

/** A `%% title: Shop` comment in the diagram text, if any. */
export function titleComment(text: string): string | undefined {
  const match = /^\s*%%\s*title\s*:\s*(.+?)\s*$/im.exec(text);
  return match?.[1];
}

/** True when the text, past any front matter, comments and directives, is a flowchart. */
export function startsWithFlowchart(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split('\n', 400);
  const first = lines.findIndex((line) => line.trim() !== '');
  const front = first === -1 ? undefined : frontMatterEnd(lines, first);
  const kind = diagramKind(
    front === undefined ? lines : lines.slice(front + 1),
  );
  return kind !== undefined && FLOWCHART.test(kind);
}
