/**
 * Splits JQL into tokens. Strings may be double- or single-quoted with
 * backslash escapes; `issue.property[key].path` is one token, as in Jira.
 */
export type Token =
  | { readonly kind: 'word'; readonly text: string; readonly at: number }
  | { readonly kind: 'string'; readonly text: string; readonly at: number }
  | {
      readonly kind: 'property';
      readonly key: string;
      readonly path: string;
      readonly text: string;
      readonly at: number;
    }
  | { readonly kind: 'punct'; readonly text: string; readonly at: number };

export class JqlError extends Error {
  override readonly name = 'JqlError';
}

const PROPERTY = /issue\.property\[([^\]]*)\]((?:\.[A-Za-z0-9_-]+)*)/iy;
const WORD = /[^\s(),="'!<>~]+/y;
const PUNCT = /!=|>=|<=|!~|[(),=<>~]/y;

function readString(source: string, start: number): [string, number] {
  const quote = source[start];
  let text = '';
  let i = start + 1;
  while (i < source.length && source[i] !== quote) {
    if (source[i] === '\\' && i + 1 < source.length) i += 1;
    text += source.charAt(i);
    i += 1;
  }
  if (i >= source.length) {
    throw new JqlError(
      `Error in the JQL Query: The quoted string '${text}' has not been completed. ` +
        `The error occurred around character ${start + 1}.`,
    );
  }
  return [text, i + 1];
}

function sticky(
  pattern: RegExp,
  source: string,
  at: number,
): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(source);
}

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source.charAt(i);
    if (/\s/.test(char)) {
      i += 1;
      continue;
    }
    if (char === '"' || char === "'") {
      const [text, next] = readString(source, i);
      tokens.push({ kind: 'string', text, at: i + 1 });
      i = next;
      continue;
    }

    const property = sticky(PROPERTY, source, i);
    if (property !== null) {
      const key = property[1] ?? '';
      const path = (property[2] ?? '').replace(/^\./, '');
      tokens.push({
        kind: 'property',
        key,
        path,
        text: property[0],
        at: i + 1,
      });
      i += property[0].length;
      continue;
    }
    const punct = sticky(PUNCT, source, i);
    if (punct !== null) {
      tokens.push({ kind: 'punct', text: punct[0], at: i + 1 });
      i += punct[0].length;
      continue;
    }
    const word = sticky(WORD, source, i);
    if (word === null) {
      throw new JqlError(
        `Error in the JQL Query: The character '${char}' is a reserved JQL character. ` +
          `The error occurred around character ${i + 1}.`,
      );
    }
    tokens.push({ kind: 'word', text: word[0], at: i + 1 });
    i += word[0].length;
  }
  return tokens;
}
