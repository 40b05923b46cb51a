import { LineCounter, parseDocument } from 'yaml';
import { ThreatModelError } from '../../model/errors';
import { MAX_ALIAS_COUNT } from '../limits';
import { checkBracketNesting, checkTree } from './guard';
import { jsonErrorOffset } from './json-errors';
import {
  describeYamlErrors,
  findDuplicateKey,
  type YamlProblem,
} from './yaml-checks';

/** Parses JSON text as untrusted input. */
export function parseJson(text: string): unknown {
  checkBracketNesting(text);

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const line = jsonErrorLine(text);
    throw new ThreatModelError(
      'PARSE_ERROR',
      line === undefined
        ? 'the JSON is not valid'
        : `the JSON is not valid at line ${line}`,
      [
        {
          path: line === undefined ? '' : `line ${line}`,
          message: 'not valid JSON',
        },
      ],
      line,
    );
  }

  checkTree(data);
  return data;
}

/**
 * Parses one YAML document as untrusted input: aliases are budgeted, merge
 * keys (`<<`) are honoured as Threagile uses them, duplicate keys are an
 * error. `lineOffset` shifts reported lines when the YAML sits inside a
 * larger file, such as Markdown front matter.
 */
export function parseYaml(text: string, lineOffset = 0): unknown {
  checkBracketNesting(text, lineOffset);

  const lines = new LineCounter();
  const doc = parseDocument(text, {
    merge: true,
    uniqueKeys: false,
    lineCounter: lines,
  });
  const [first, ...more] = doc.errors;
  const problem =
    first === undefined
      ? findDuplicateKey(doc, lines)
      : describeYamlErrors([first, ...more], doc, lines);
  if (problem !== undefined) throw yamlError(problem, lineOffset);

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    throw new ThreatModelError(
      'UNSAFE_INPUT',
      'the YAML expands its aliases too far; write the values out instead',
      [{ path: '', message: 'too many alias expansions' }],
    );
  }

  checkTree(data);
  return data;
}

function yamlError(problem: YamlProblem, lineOffset: number): ThreatModelError {
  const line = problem.line + lineOffset;
  return new ThreatModelError(
    'PARSE_ERROR',
    `the YAML is not valid at line ${line}: ${problem.message}`,
    [{ path: `line ${line}`, message: problem.message }],
    line,
  );
}

/** The line where the JSON breaks, counted from 1. */
function jsonErrorLine(text: string): number | undefined {
  const offset = jsonErrorOffset(text);
  if (offset < 0) return undefined;

  let line = 1;
  for (
    let i = text.indexOf('\n');
    i !== -1 && i < offset;
    i = text.indexOf('\n', i + 1)
  )
    line++;
  return line;
}
