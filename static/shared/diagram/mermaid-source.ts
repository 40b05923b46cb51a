import type {
  Element,
  ThreatModel,
  TrustBoundary,
} from '../../../src/model/schema';

/**
 * Writes the Mermaid flowchart the diagram view draws, in the shapes the
 * importer reads (a stadium is an external entity, a cylinder a data
 * store, a box a process). It starts from the parsed model, never from the
 * text a person typed: node and subgraph ids are generated, and every
 * label character Mermaid could read as syntax becomes a numeric code, so
 * no name can close a label, start a directive (`%%{init}%%`), add a
 * `click` callback or reach Mermaid as markup.
 */
export type DiagramModel = Pick<
  ThreatModel,
  'elements' | 'flows' | 'boundaries' | 'diagram'
>;

const DIRECTION = /^\s*(?:flowchart|graph)\s+(TB|TD|BT|RL|LR)\b/m;

export function toMermaidSource(model: DiagramModel): string {
  const nodeIds = new Map(model.elements.map((e, i) => [e.id, `n${i}`]));
  const boundaryIds = new Map(model.boundaries.map((b, i) => [b.id, `b${i}`]));
  const direction = DIRECTION.exec(model.diagram ?? '')?.[1] ?? 'LR';
  const lines = [`flowchart ${direction}`];

  writeScope(model, undefined, nodeIds, boundaryIds, lines, 1);

  model.flows.forEach((flow) => {
    const from = nodeIds.get(flow.from);
    const to = nodeIds.get(flow.to);
    if (from === undefined || to === undefined) return;

    const arrow = flow.bidirectional ? '<-->' : '-->';
    const label = flow.label ?? flow.protocol ?? '';
    const text = label === '' ? '' : `|"${escapeLabel(label)}"|`;
    lines.push(`  ${from} ${arrow}${text} ${to}`);
  });

  return lines.join('\n');
}

function writeScope(
  model: DiagramModel,
  parent: string | undefined,
  nodeIds: ReadonlyMap<string, string>,
  boundaryIds: ReadonlyMap<string, string>,
  lines: string[],
  depth: number,
): void {
  const indent = '  '.repeat(depth);
  const known = new Set(boundaryIds.keys());
  const inScope = (boundary: string | undefined): boolean =>
    parent === undefined
      ? boundary === undefined || !known.has(boundary)
      : boundary === parent;

  for (const boundary of model.boundaries) {
    if (!inScope(boundary.parent) || depth > 12) continue;
    lines.push(`${indent}subgraph ${subgraphHead(boundary, boundaryIds)}`);
    writeScope(model, boundary.id, nodeIds, boundaryIds, lines, depth + 1);
    lines.push(`${indent}end`);
  }

  for (const element of model.elements) {
    if (!inScope(element.boundary)) continue;
    lines.push(`${indent}${nodeLine(element, nodeIds)}`);
  }
}

function subgraphHead(
  boundary: TrustBoundary,
  ids: ReadonlyMap<string, string>,
): string {
  return `${ids.get(boundary.id) ?? 'b'} ["${escapeLabel(boundary.name)}"]`;
}

function nodeLine(element: Element, ids: ReadonlyMap<string, string>): string {
  const id = ids.get(element.id) ?? 'n';
  const label = `"${escapeLabel(element.name)}"`;
  switch (element.kind) {
    case 'external-entity':
      return `${id}([${label}]):::external`;
    case 'process':
      return `${id}[${label}]:::process`;
    case 'data-store':
      return `${id}[(${label})]:::store`;
  }
}

/**
 * Characters Mermaid could read as syntax inside a quoted label: the
 * quote that ends it, `#` (its own character codes), `%` (directives),
 * backticks (Markdown strings), and `<`, `>` and `&` (markup). Everything
 * else is text between quotes.
 */
const CODED = new Set(['"', '#', '%', '`', '<', '>', '&', '\\']);

/** A label's risky characters as `#NNN;`, white space as one space. */
export function escapeLabel(text: string): string {
  let out = '';
  for (const char of text.replace(/\s+/g, ' ').slice(0, 200)) {
    out += CODED.has(char) ? `#${char.codePointAt(0) ?? 32};` : char;
  }
  return out;
}
