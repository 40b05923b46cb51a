/**
 * Where JSON text first breaks the grammar, as an offset. JSON.parse does
 * not always say (V8 quotes the text instead), and messages must name a
 * line without quoting the file. Runs only after JSON.parse has failed;
 * keeps an explicit stack, so deep nesting cannot overflow.
 */
type Want =
  | 'value'
  | 'value-or-close'
  | 'key'
  | 'key-or-close'
  | 'colon'
  | 'comma-or-close'
  | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

export function jsonErrorOffset(text: string): number {
  const stack: string[] = [];
  let want: Want = 'value';
  let i = 0;
  const after = (): Want => (stack.length === 0 ? 'end' : 'comma-or-close');
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
    if (i >= text.length) return want === 'end' ? -1 : i;

    const c = text.charAt(i);
    const closes =
      (c === ']' && stack.at(-1) === '[') ||
      (c === '}' && stack.at(-1) === '{');
    if (
      (want === 'value-or-close' ||
        want === 'key-or-close' ||
        want === 'comma-or-close') &&
      closes
    ) {
      stack.pop();
      i++;
      want = after();
    } else if (want === 'value' || want === 'value-or-close') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        want = c === '{' ? 'key-or-close' : 'value-or-close';
        continue;
      }
      const end = scanScalar(text, i);
      if (end < 0) return -end - 1;
      i = end;
      want = after();
    } else if (want === 'key' || want === 'key-or-close') {
      const end = c === '"' ? scanString(text, i) : -i - 1;
      if (end < 0) return -end - 1;
      i = end;
      want = 'colon';
    } else if (want === 'colon' && c === ':') {
      i++;
      want = 'value';
    } else if (want === 'comma-or-close' && c === ',') {
      i++;
      want = stack.at(-1) === '{' ? 'key' : 'value';
    } else {
      return i;
    }
  }
}

/** The offset after a scalar at `i`, or `-(error offset) - 1`. */
function scanScalar(text: string, i: number): number {
  if (text.charAt(i) === '"') return scanString(text, i);
  for (const literal of ['true', 'false', 'null']) {
    if (text.startsWith(literal, i)) return i + literal.length;
  }

  NUMBER.lastIndex = i;
  return NUMBER.test(text) ? NUMBER.lastIndex : -i - 1;
}

function scanString(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') return i + 1;
    if (c.charCodeAt(0) < 0x20) return -i - 1;
    if (c !== '\\') continue;

    const next = text.charAt(i + 1);
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)))
      i += 5;
    else if (ESCAPES.has(next)) i++;
    else return -i - 1;
  }
  return -text.length - 1;
}
