import { toName } from '../text';

/**
 * A node, edge or subgraph label as plain text. Mermaid markdown strings
 * (`` "`**bold** text`" ``) lose their backticks and emphasis marks, and
 * line breaks (`<br>`, `<br/>`) become spaces. Any other markup stays as
 * written: the model holds plain strings and never interprets them.
 */
export function labelText(raw: string): string | undefined {
  let text = raw.trim();
  if (text.length >= 2 && text.startsWith('`') && text.endsWith('`')) {
    text = text.slice(1, -1).replace(/(\*\*|__|\*|_)(\S(?:.*?\S)?)\1/g, '$2');
  }

  return toName(text.replace(/<br\s*\/?>/gi, ' '));
}

/** A subgraph header: `id [Title]`, `id["Title"]`, `"Title"` or bare words. */
export interface SubgraphHeader {
  /** The id the diagram gives, if any. */
  readonly id?: string;
  readonly title?: string;
}

export function readSubgraphHeader(header: string): SubgraphHeader {
  const text = header.trim();
  if (text.startsWith('"')) {
    return titleOnly(text.replace(/^"|"$/g, ''));
  }

  const bracketed = /^([^\s[("]+)\s*\[\s*(.*?)\s*\]$/s.exec(text);
  if (bracketed !== null) {
    const [, id = '', title = ''] = bracketed;
    const clean = labelText(title.replace(/^"|"$/g, ''));
    return clean === undefined ? { id } : { id, title: clean };
  }

  if (/\s/.test(text)) return titleOnly(text);
  return { id: text, title: text };
}

function titleOnly(raw: string): SubgraphHeader {
  const title = labelText(raw);
  return title === undefined ? {} : { title };
}
