/**
 * The small part of Atlassian Document Format the backlog writes, with
 * builders that make every text node safe: ADF text is never interpreted
 * as markup, but it must be non-empty, and control or bidirectional
 * override characters are dropped so text cannot reorder itself on screen.
 */
/**
 * Marks the backlog uses. Not `code`: valid ADF, but Atlassian's validator
 * with an error callback reports it (it fails `text_formatted` before it
 * passes `text_code_inline`), and checkers built that way refuse it.
 */
export interface AdfMark {
  readonly type: 'strong' | 'link';
  readonly attrs?: { readonly href: string };
}

export interface AdfText {
  readonly type: 'text';
  readonly text: string;
  readonly marks?: readonly AdfMark[];
}

export interface AdfInlineCard {
  readonly type: 'inlineCard';
  readonly attrs: { readonly url: string };
}

export type AdfInline = AdfText | AdfInlineCard;

export interface AdfParagraph {
  readonly type: 'paragraph';
  readonly content: readonly AdfInline[];
}

export interface AdfHeading {
  readonly type: 'heading';
  readonly attrs: { readonly level: 1 | 2 | 3 | 4 | 5 | 6 };
  readonly content: readonly AdfInline[];
}

export interface AdfListItem {
  readonly type: 'listItem';
  readonly content: readonly AdfParagraph[];
}

export interface AdfBulletList {
  readonly type: 'bulletList';
  readonly content: readonly AdfListItem[];
}

export type AdfBlock = AdfParagraph | AdfHeading | AdfBulletList;

export interface AdfDoc {
  readonly type: 'doc';
  readonly version: 1;
  readonly content: readonly AdfBlock[];
}

/* eslint-disable no-control-regex -- these ranges are the point */
const CONTROL_OR_BIDI =
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;
/* eslint-enable no-control-regex */

/**
 * User text on one line: control characters become spaces, runs of space
 * shrink to one, and the result is clipped to `max` characters (whole
 * code points) with an ellipsis.
 */
export function plainText(value: string, max: number): string {
  return clip(oneLine(value).trim(), max);
}

function oneLine(value: string): string {
  return value.replace(CONTROL_OR_BIDI, ' ').replace(/\s+/g, ' ');
}

function clip(value: string, max: number): string {
  const points = Array.from(value);
  if (points.length <= max) return value;
  return `${points
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}

/**
 * A text node of one line, its spaces at either end kept so nodes join;
 * empty text (which ADF refuses) becomes a dash.
 */
export function text(value: string, marks?: readonly AdfMark[]): AdfText {
  const safe = clip(oneLine(value), MAX_TEXT);
  const node = { type: 'text' as const, text: safe === '' ? '—' : safe };
  return marks === undefined || marks.length === 0 ? node : { ...node, marks };
}

/** The longest run of user text in one node. */
export const MAX_TEXT = 2000;

export const strong: AdfMark = { type: 'strong' };

export function paragraph(...content: AdfInline[]): AdfParagraph {
  return { type: 'paragraph', content: content.length ? content : [text('')] };
}

export function heading(level: 2 | 3, title: string): AdfHeading {
  return { type: 'heading', attrs: { level }, content: [text(title)] };
}

/** A bullet list, or a paragraph saying `empty` when there are no items. */
export function bulletList(
  items: readonly AdfInline[][],
  empty: string,
): AdfBulletList | AdfParagraph {
  if (items.length === 0) return paragraph(text(empty));
  return {
    type: 'bulletList',
    content: items.map((inline) => ({
      type: 'listItem',
      content: [paragraph(...inline)],
    })),
  };
}

export function inlineCard(url: string): AdfInlineCard {
  return { type: 'inlineCard', attrs: { url } };
}

export function doc(...content: AdfBlock[]): AdfDoc {
  return { type: 'doc', version: 1, content };
}
