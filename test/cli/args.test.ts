import { parseCommand } from '../../src/cli/args';
import { VERSION } from '../../src/cli/help';
import packageJson from '../../package.json';

function usageMessage(argv: string[]): string {
  try {
    parseCommand(argv);
  } catch (error) {
    expect(error).toMatchObject({ code: 'USAGE' });
    return (error as Error).message;
  }
  throw new Error('expected a usage error');
}

describe('parseCommand', () => {
  it('reads analyze with every option', () => {
    const command = parseCommand([
      'analyze',
      'model.yaml',
      '--format',
      'json',
      '--out',
      'report.json',
      '--fail-on',
      'high',
      '--rules',
      'rules.yaml',
      '--from',
      'otm',
    ]);

    expect(command).toEqual({
      kind: 'analyze',
      file: 'model.yaml',
      format: 'json',
      out: 'report.json',
      failOn: 'high',
      rules: 'rules.yaml',
      from: 'otm',
    });
  });

  it('defaults analyze to Markdown and import to YAML', () => {
    expect(parseCommand(['analyze', 'm.yaml'])).toMatchObject({
      format: 'markdown',
    });
    expect(parseCommand(['import', 'td.json'])).toMatchObject({
      kind: 'import',
      to: 'yaml',
    });
  });

  test.each([
    [['--help'], 'help'],
    [['help'], 'help'],
    [['analyze', '--help'], 'help'],
    [['--version'], 'version'],
  ])('reads %j as %s', (argv, kind) => {
    expect(parseCommand(argv).kind).toBe(kind);
  });

  test.each([
    [[], 'no command given'],
    [['scan', 'x'], "unknown command 'scan'"],
    [['analyze'], 'no FILE given'],
    [['analyze', 'a', 'b'], 'expected one FILE, got 2'],
    [['analyze', 'a', '--verbose'], "unknown option '--verbose'"],
    [['analyze', 'a', '--out'], "option '--out' needs a value"],
    [
      ['analyze', 'a', '--format', 'pdf'],
      "--format must be one of markdown, json, not 'pdf'",
    ],
    [
      ['analyze', 'a', '--fail-on', 'severe'],
      '--fail-on must be one of note, low, medium, high, critical',
    ],
    [
      ['import', 'a', '--to', 'xml'],
      "--to must be one of yaml, json, not 'xml'",
    ],
  ])('rejects %j: %s', (argv, message) => {
    expect(usageMessage(argv)).toContain(message);
  });

  it('reports the version package.json declares', () => {
    expect(VERSION).toBe(packageJson.version);
  });
});
