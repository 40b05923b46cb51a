import { ThreatModelError } from '../../model/errors';
import type { Data } from '../data/read';
import type { DiagramParts } from '../parts';
import { GraphBuilder } from './graph';
import { Lexer } from './lexer';
import { readSource, titleComment } from './source';
import { readStatements } from './statements';
import { toParts } from './to-model';

/** The most diagram text a model keeps (the schema's limit). */
const DIAGRAM_MAX = 200_000;

export interface MermaidRead {
  readonly parts: DiagramParts;
  readonly title?: string;
  /** A Markdown file's front matter. */
  readonly frontMatter?: Data;
  /** The flowchart as written, to keep on the model; absent for several. */
  readonly diagram?: string;
}

/**
 * Reads the flowcharts of Mermaid or Markdown text into model entries.
 * Several flowcharts in one Markdown file make one model: a node id used
 * in two of them is one element. Flow ids follow ./flow-ids: write an edge
 * id (`a e1@--> b`) to pin the id of a flow that tickets hang on.
 */
export function readMermaid(text: string): MermaidRead {
  const source = readSource(text);
  const [first] = source.blocks;
  if (first === undefined) {
    throw new ThreatModelError('PARSE_ERROR', 'no Mermaid flowchart found', [
      ...source.notes,
      {
        path: '',
        message:
          'expected `graph` or `flowchart`, alone or in a ```mermaid fence',
      },
    ]);
  }

  const graph = new GraphBuilder();
  for (const block of source.blocks) {
    readStatements(new Lexer(block.text, block.firstLine), graph);
  }

  const parts = toParts(graph.finish());
  parts.notes.unshift(...source.notes);
  const title = source.title ?? titleComment(first.raw);
  const diagram = keptDiagram(
    source.blocks.map((b) => b.raw),
    parts,
  );
  return {
    parts,
    ...(title === undefined ? {} : { title }),
    ...(source.frontMatter === undefined
      ? {}
      : { frontMatter: source.frontMatter }),
    ...(diagram === undefined ? {} : { diagram }),
  };
}

function keptDiagram(
  blocks: readonly string[],
  parts: DiagramParts,
): string | undefined {
  const [only] = blocks;
  if (blocks.length > 1) {
    parts.notes.push({
      path: '',
      message: `${blocks.length} flowcharts were merged into one model; their text is not kept`,
    });
    return undefined;
  }
  if (only === undefined) return undefined;

  const text = only.trim();
  if (text.length > DIAGRAM_MAX) {
    parts.notes.push({
      path: '',
      message: 'the diagram text is too long to keep with the model',
    });
    return undefined;
  }
  return `${text}\n`;
}
