/**
 * Makes text from a model (names, titles, descriptions) safe to place in a
 * Markdown paragraph, list item or table cell: it renders as the same
 * characters, never as HTML, a link, emphasis, a heading or a new cell.
 *
 * Line breaks and tabs become single spaces, so one field never spills onto
 * a second line; control and bidirectional-override characters are dropped,
 * so text cannot reorder itself on screen or drive a terminal.
 */
export function escapeMarkdown(text: string): string {
  if (PLAIN.test(text)) return text;

  const flat = text
    .replace(CONTROL_OR_BIDI, (char) => (WHITESPACE.test(char) ? ' ' : ''))
    .replace(/ {2,}/g, ' ')
    .trim();

  const escaped = flat.replace(
    SPECIAL,
    (char) => ENTITIES[char] ?? `\\${char}`,
  );

  return escapeLineStart(escaped);
}

/**
 * Text that needs nothing done: words of letters, digits and punctuation
 * no Markdown or HTML reads, one space apart, not opening with a block
 * marker. Most names are like this, so the common case costs one test.
 */
const WORD = String.raw`[A-Za-z0-9,.;:'/?@$%^()=+{}-]+`;
const PLAIN = new RegExp(String.raw`^(?![#+=-]|\d+[.)])${WORD}(?: ${WORD})*$`);

/** Characters HTML would read as markup: always written as entities. */
const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
};

/**
 * Markup characters that matter anywhere in a line: emphasis, code, links,
 * images, strike-through, table cells, escapes, and HTML.
 */
const SPECIAL = /[\\`*_[\]|~!&<>"]/g;

/* eslint-disable no-control-regex -- these ranges are the point */
const CONTROL_OR_BIDI =
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;
const WHITESPACE = /[\t\n\v\f\r\u0085\u2028\u2029]/;
/* eslint-enable no-control-regex */

/**
 * Markup that matters only at the start of a block: headings, list items,
 * thematic breaks and setext underlines. A field can open a list item's
 * content, so its first characters are escaped too.
 */
function escapeLineStart(text: string): string {
  const digits = /^\d{1,9}(?=[.)])/.exec(text)?.[0];
  if (digits !== undefined) {
    return `${digits}\\${text.slice(digits.length)}`;
  }

  if (/^[#+\-=]/.test(text)) return `\\${text}`;

  return text;
}
