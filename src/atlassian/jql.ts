/**
 * JQL text built from values the app does not control (issue keys from
 * storage, mitigation keys from a model) goes through these helpers only,
 * so a value is always one quoted string and never becomes JQL syntax.
 */

/**
 * A JQL string literal: `"…"` with backslash, quote and line breaks
 * written as JQL escapes, so the value matches itself exactly.
 */
export function jqlString(value: string): string {
  const escaped = value.replace(/[\\"\r\n\t]/g, (char) => ESCAPES[char] ?? '');
  return `"${escaped}"`;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\r': '\\r',
  '\n': '\\n',
  '\t': '\\t',
};

/** A JQL list for `IN`: `("a", "b")`. Refuses an empty list. */
export function jqlList(values: readonly string[]): string {
  if (values.length === 0) throw new Error('a JQL list needs a value');
  return `(${values.map(jqlString).join(', ')})`;
}

/** `issue.property[name].path`, for a property key and path the app owns. */
export function jqlProperty(propertyKey: string, fieldPath: string): string {
  if (!SAFE_NAME.test(propertyKey) || !SAFE_NAME.test(fieldPath)) {
    throw new Error('unsafe property name in JQL');
  }
  return `issue.property[${propertyKey}].${fieldPath}`;
}

const SAFE_NAME = /^[A-Za-z][A-Za-z0-9_.-]{0,99}$/;
