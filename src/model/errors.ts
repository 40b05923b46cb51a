/**
 * Every error the engine raises carries a code a program can test and a
 * message a person can act on. Issues list each problem with the path of
 * the field at fault, so one failed import reports everything at once.
 */
export type ErrorCode =
  | 'INVALID_MODEL'
  | 'PARSE_ERROR'
  | 'UNSUPPORTED_FORMAT'
  | 'INPUT_TOO_LARGE'
  | 'UNSAFE_INPUT'
  | 'INVALID_CATALOG'
  | 'USAGE';

export interface Problem {
  /** Where: a field path such as `flows[2].to`, or `line 14`. */
  readonly path: string;
  readonly message: string;
}

export class ThreatModelError extends Error {
  override readonly name = 'ThreatModelError';

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly problems: readonly Problem[] = [],
    readonly line?: number,
  ) {
    super(message);
  }
}

export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((problem) => `  ${problem.path || '(root)'}: ${problem.message}`)
    .join('\n');
}
