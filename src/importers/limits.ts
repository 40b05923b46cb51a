import { ThreatModelError } from '../model/errors';
import { checkCount } from '../model/limits';

/** Files larger than this are refused before any parsing starts. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** The deepest nesting of arrays and objects read from JSON or YAML. */
export const MAX_NESTING = 64;

/**
 * The YAML alias budget, as the yaml package counts it (uses of an anchor
 * times the aliases inside it). Real files use a handful; a "billion laughs"
 * document needs thousands.
 */
export const MAX_ALIAS_COUNT = 50;

/**
 * Refuses a file that lists more elements, flows or trust boundaries than
 * a model may hold (src/model/limits.ts) before they are mapped: placing
 * elements in boundaries compares pairs, so the model's own check, which
 * comes after, would come late. `path` names the file's list.
 */
export function checkListed(
  list: 'elements' | 'flows' | 'boundaries',
  count: number,
  path: string,
): void {
  checkCount(list, count, path, { source: 'the file lists' });
}

/** Throws INPUT_TOO_LARGE when the text's UTF-8 form exceeds the limit. */
export function checkSize(text: string, source: string): void {
  if (utf8Length(text) > MAX_INPUT_BYTES) {
    const mb = MAX_INPUT_BYTES / (1024 * 1024);
    throw new ThreatModelError(
      'INPUT_TOO_LARGE',
      `${source} is larger than ${mb} MB; split it or remove what the model does not need`,
    );
  }
}

/** UTF-8 length, stopping as soon as the limit is passed. */
function utf8Length(text: string): number {
  if (text.length > MAX_INPUT_BYTES) return text.length;

  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= MAX_INPUT_BYTES; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }

  return bytes;
}
