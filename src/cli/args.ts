import { parseArgs } from 'node:util';
import { ThreatModelError } from '../model/errors';
import { SEVERITIES, type Severity } from '../model/vocabulary';
import { IMPORT_FORMATS, type ImportFormat } from '../importers/types';

export const REPORT_FORMATS = ['markdown', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const MODEL_FORMATS = ['yaml', 'json'] as const;
export type ModelFormat = (typeof MODEL_FORMATS)[number];

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'analyze';
      readonly file: string;
      readonly format: ReportFormat;
      readonly out?: string | undefined;
      readonly failOn?: Severity | undefined;
      readonly rules?: string | undefined;
      readonly from?: ImportFormat | undefined;
    }
  | {
      readonly kind: 'import';
      readonly file: string;
      readonly to: ModelFormat;
      readonly out?: string | undefined;
      readonly from?: ImportFormat | undefined;
    };

const COMMON = {
  out: { type: 'string' },
  from: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Reads the command line; a mistake is a USAGE error naming the option. */
export function parseCommand(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  switch (name) {
    case undefined:
      throw usage('no command given');
    case 'help':
    case '--help':
    case '-h':
      return { kind: 'help' };
    case '--version':
    case '-v':
      return { kind: 'version' };
    case 'analyze':
      return parseAnalyze(rest);
    case 'import':
      return parseImport(rest);
    default:
      throw usage(`unknown command '${name}'`);
  }
}

function parseAnalyze(argv: readonly string[]): Command {
  const { values, file } = parse(argv, {
    ...COMMON,
    format: { type: 'string' },
    'fail-on': { type: 'string' },
    rules: { type: 'string' },
  });
  if (values.help === true) return { kind: 'help' };

  return {
    kind: 'analyze',
    file: requireFile(file),
    format: oneOf('--format', values.format ?? 'markdown', REPORT_FORMATS),
    out: values.out,
    failOn:
      values['fail-on'] === undefined
        ? undefined
        : oneOf('--fail-on', values['fail-on'], SEVERITIES),
    rules: values.rules,
    from: optionalFormat(values.from),
  };
}

function parseImport(argv: readonly string[]): Command {
  const { values, file } = parse(argv, { ...COMMON, to: { type: 'string' } });
  if (values.help === true) return { kind: 'help' };

  return {
    kind: 'import',
    file: requireFile(file),
    to: oneOf('--to', values.to ?? 'yaml', MODEL_FORMATS),
    out: values.out,
    from: optionalFormat(values.from),
  };
}

type Options = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function parse<T extends Options>(argv: readonly string[], options: T) {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options,
      strict: true,
      allowPositionals: true,
    });
    if (positionals.length > 1) {
      throw usage(`expected one FILE, got ${positionals.length}`);
    }
    return { values, file: positionals[0] };
  } catch (error) {
    if (error instanceof ThreatModelError) throw error;
    throw usage(describeParseError(error));
  }
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const option = /'(-[^' ]*)/.exec(String(error))?.[1] ?? '';
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option '${option}'`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `option '${option}' needs a value`;
    default:
      return 'the command line could not be read';
  }
}

function requireFile(file: string | undefined): string {
  if (file === undefined || file === '') throw usage('no FILE given');
  return file;
}

function optionalFormat(value: string | undefined): ImportFormat | undefined {
  return value === undefined
    ? undefined
    : oneOf('--from', value, IMPORT_FORMATS);
}

function oneOf<T extends string>(
  option: string,
  value: string,
  allowed: readonly T[],
): T {
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) {
    throw usage(
      `${option} must be one of ${allowed.join(', ')}, not '${value}'`,
    );
  }
  return found;
}

function usage(message: string): ThreatModelError {
  return new ThreatModelError('USAGE', message);
}
