'use strict';
/**
 * Writes a generated model as a Mermaid flowchart: nested subgraphs for the
 * trust boundaries, a shape per element kind, protocols on the edges.
 */
const SHAPES = {
  'external-entity': (name) => `([${name}])`,
  process: (name) => `[${name}]`,
  'data-store': (name) => `[(${name})]`,
};

function toMermaid(model) {
  const children = groupBy(model.boundaries, (boundary) => boundary.parent);
  const members = groupBy(model.elements, (element) => element.boundary);

  const lines = ['flowchart LR'];
  const writeScope = (key, indent) => {
    for (const element of members.get(key) ?? []) {
      lines.push(`${indent}${element.id}${SHAPES[element.kind](element.name)}`);
    }
    for (const boundary of children.get(key) ?? []) {
      lines.push(`${indent}subgraph ${boundary.id} [${boundary.name}]`);
      writeScope(boundary.id, `${indent}  `);
      lines.push(`${indent}end`);
    }
  };
  writeScope('', '  ');
  for (const flow of model.flows) {
    lines.push(`  ${flow.from} -->|${flow.protocol}| ${flow.to}`);
  }
  return `${lines.join('\n')}\n`;
}

function groupBy(items, keyOf) {
  const groups = new Map();
  for (const item of items) {
    const key = keyOf(item) ?? '';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(item);
  }
  return groups;
}

module.exports = { toMermaid };
