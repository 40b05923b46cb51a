import type { Settings } from '../app/contract';
import type { MitigationItem } from '../analysis/types';
import { STRIDE, type Stride } from '../model/vocabulary';
import { plainText } from './adf';

/** Jira refuses a longer summary. */
export const MAX_SUMMARY = 255;
const MAX_LABEL = 255;

/**
 * The ticket summary: the mitigation's title and the name of the element
 * or flow it protects, on one line, at most 255 characters. Jira shows a
 * summary as plain text, so nothing in it is escaped or interpreted.
 */
export function ticketSummary(item: MitigationItem): string {
  const title = plainText(item.title, MAX_SUMMARY);
  const target = plainText(item.target.name, MAX_SUMMARY);
  const joined = target === '' ? title : `${title} – ${target}`;

  return plainText(joined === '' ? item.key : joined, MAX_SUMMARY);
}

/**
 * The site's labels, then `threat-model` and one `stride-X` per STRIDE
 * category the mitigation answers, in STRIDE order, each once. Labels
 * cannot hold spaces: a configured label's spaces become dashes.
 */
export function ticketLabels(
  settings: Settings,
  stride: Iterable<Stride>,
): string[] {
  const categories = new Set(stride);
  const labels = [
    ...settings.labels.map(toLabel),
    'threat-model',
    ...STRIDE.filter((letter) => categories.has(letter)).map(
      (letter) => `stride-${letter}`,
    ),
  ];

  return [...new Set(labels.filter((label) => label !== ''))];
}

function toLabel(value: string): string {
  return plainText(value, MAX_LABEL).replace(/ /g, '-');
}
