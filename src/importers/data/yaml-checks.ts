import {
  type Document,
  isScalar,
  type LineCounter,
  visit,
  type YAMLError,
} from 'yaml';

/** A problem in YAML text, in our words, and the line to fix. */
export interface YamlProblem {
  readonly line: number;
  readonly message: string;
}

/**
 * The first key written twice in one mapping. The yaml package's own check
 * compares every key with every other, which takes minutes on a file with
 * a few hundred thousand keys; this one remembers the keys it has seen.
 * Merge keys (`<<`) may repeat.
 */
export function findDuplicateKey(
  doc: Document,
  lines: LineCounter,
): YamlProblem | undefined {
  let found: YamlProblem | undefined;
  visit(doc, {
    Map(_, map) {
      const seen = new Set<string>();
      for (const pair of map.items) {
        const key = pair.key;
        if (!isScalar(key) || key.value === '<<') continue;

        const name = String(key.value);
        if (seen.has(name)) {
          const line = lines.linePos(key.range?.[0] ?? 0).line;
          found = { line, message: 'a key appears twice in one mapping' };
          return visit.BREAK;
        }
        seen.add(name);
      }
      return undefined;
    },
  });
  return found;
}

/**
 * The yaml package's errors in our words (its messages quote the file),
 * with the line to look at. A quoted string that is not closed makes the
 * rest of the file look wrong, so it is named first, at the line where it
 * opens rather than the end of the file it ran to.
 */
export function describeYamlErrors(
  errors: readonly [YAMLError, ...YAMLError[]],
  doc: Document,
  lines: LineCounter,
): YamlProblem {
  const quote = errors.find(isUnclosedQuote);
  if (quote !== undefined) {
    const opened = quoteOpening(doc, quote.pos[0]);
    return {
      line: lines.linePos(opened ?? quote.pos[0]).line,
      message: 'a quoted string is not closed',
    };
  }

  const [first] = errors;
  return {
    line: first.linePos?.[0].line ?? 1,
    message: yamlProblem(first.code),
  };
}

/** `Missing closing "quote`, as the package words it; nothing of the file is read. */
function isUnclosedQuote(error: YAMLError): boolean {
  return (
    error.code === 'MISSING_CHAR' &&
    /^Missing closing .?quote/.test(error.message)
  );
}

/** Where the quoted scalar that runs to `end` starts, if the document holds it. */
function quoteOpening(doc: Document, end: number): number | undefined {
  let start: number | undefined;
  visit(doc, {
    Scalar(_, scalar) {
      const range = scalar.range ?? undefined;
      const quoted =
        scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
      if (quoted && range !== undefined && range[0] < end && end <= range[1])
        start = range[0];
    },
  });
  return start;
}

function yamlProblem(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'a key appears twice in one mapping';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'the indentation or punctuation is wrong';
    case 'MULTIPLE_DOCS':
      return 'the file holds more than one YAML document';
    case 'RESOURCE_EXHAUSTION':
      return 'the file nests too deeply';
    default:
      return `it cannot be read (${code.toLowerCase().replace(/_/g, ' ')})`;
  }
}
