import { ThreatModelError, type Problem } from '../model/errors';

/** Exit statuses: done, the --fail-on gate tripped, bad input or usage. */
export const EXIT_OK = 0;
export const EXIT_GATE = 1;
export const EXIT_BAD_INPUT = 2;

/** How many problems one error prints before it says how many remain. */
const MAX_PROBLEMS = 50;

/** A failure while reading or writing one named file. */
export class FileFailure extends Error {
  constructor(
    readonly file: string,
    readonly action: 'read' | 'write',
    readonly reason: unknown,
  ) {
    super(`could not ${action} ${file}`);
  }
}

/** Runs one step on one file, so its failure names that file. */
export async function onFile<T>(
  file: string,
  action: 'read' | 'write',
  step: () => Promise<T> | T,
): Promise<T> {
  try {
    return await step();
  } catch (error) {
    throw new FileFailure(file, action, error);
  }
}

/**
 * One line per problem: `FILE:LINE: CODE: path: message`. Never a stack
 * trace, unless THREATMODEL_DEBUG=1 asks for one on an internal error.
 */
export function describeFailure(error: unknown, debug: boolean): string[] {
  const file = error instanceof FileFailure ? error.file : undefined;
  const reason = error instanceof FileFailure ? error.reason : error;

  if (reason instanceof ThreatModelError) {
    if (file === undefined) {
      return [`threatmodel: ${reason.code}: ${reason.message}`, HELP_HINT];
    }
    return describeModelError(file, reason);
  }

  const errno = systemCode(reason);
  if (file !== undefined && errno !== undefined) {
    return [describeSystemError(file, errno, (error as FileFailure).action)];
  }

  const lines = [
    'threatmodel: INTERNAL_ERROR: the command stopped on an unexpected error' +
      (debug ? '' : ' (set THREATMODEL_DEBUG=1 to see it)'),
  ];
  if (debug)
    lines.push(reason instanceof Error ? (reason.stack ?? '') : String(reason));
  return lines;
}

const HELP_HINT = "Run 'threatmodel --help' for usage.";

function describeModelError(file: string, error: ThreatModelError): string[] {
  if (error.problems.length === 0) {
    return [`${at(file, error.line)}: ${error.code}: ${error.message}`];
  }

  const shown = error.problems.slice(0, MAX_PROBLEMS);
  const lines = shown.map((problem) => describeProblem(file, error, problem));
  if (error.problems.length > MAX_PROBLEMS) {
    lines.push(
      `${file}: ${error.problems.length - MAX_PROBLEMS} more problems not shown`,
    );
  }
  return lines;
}

function describeProblem(
  file: string,
  error: ThreatModelError,
  problem: Problem,
): string {
  const line = /^line (\d+)\b[,:]?\s*(.*)$/.exec(problem.path);
  if (line) {
    const rest = line[2] ? `${line[2]}: ` : '';
    return `${at(file, Number(line[1]))}: ${error.code}: ${rest}${problem.message}`;
  }

  const path = problem.path || '(root)';
  return `${at(file, error.line)}: ${error.code}: ${path}: ${problem.message}`;
}

function at(file: string, line: number | undefined): string {
  return line === undefined ? file : `${file}:${line}`;
}

function systemCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}

function describeSystemError(
  file: string,
  errno: string,
  action: 'read' | 'write',
): string {
  switch (errno) {
    case 'ENOENT':
      return action === 'read'
        ? `${file}: FILE_NOT_FOUND: no such file`
        : `${file}: FILE_NOT_WRITTEN: its folder does not exist`;
    case 'EACCES':
    case 'EPERM':
      return `${file}: FILE_NOT_${action === 'read' ? 'READ' : 'WRITTEN'}: permission denied`;
    case 'EISDIR':
      return `${file}: FILE_NOT_${action === 'read' ? 'READ' : 'WRITTEN'}: is a folder`;
    default:
      return `${file}: FILE_NOT_${action === 'read' ? 'READ' : 'WRITTEN'}: ${errno}`;
  }
}

/* eslint-disable no-control-regex -- the point is to match them */
const UNPRINTABLE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/* eslint-enable no-control-regex */

/** Drops control characters, so no text can drive the terminal. */
export function printable(line: string): string {
  return line.replace(UNPRINTABLE, '');
}
