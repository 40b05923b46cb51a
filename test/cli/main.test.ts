import { readFile, truncate } from 'node:fs/promises';
import { EXAMPLE, escapeRegExp, run, useScratch } from './run';

const QUIET_MODEL = 'schemaVersion: 1\nsystem:\n  name: Nothing here\n';

describe('threatmodel analyze', () => {
  const scratch = useScratch();

  it('writes the Markdown report to standard output and exits 0', async () => {
    const result = await run(['analyze', EXAMPLE]);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^# Threat model report: E-commerce payment platform/,
    );
    expect(result.stderr).toBe('');
  });

  it('writes JSON that parses and carries the report version', async () => {
    const result = await run(['analyze', EXAMPLE, '--format', 'json']);

    const report = JSON.parse(result.stdout) as {
      reportVersion: number;
      threats: unknown[];
    };
    expect(report.reportVersion).toBe(1);
    expect(report.threats.length).toBeGreaterThan(0);
  });

  it('writes to --out instead of standard output', async () => {
    const out = scratch.path('report.md');

    const result = await run(['analyze', EXAMPLE, '--out', out]);

    expect(result).toMatchObject({ code: 0, stdout: '' });
    expect(await readFile(out, 'utf8')).toMatch(/^# Threat model report/);
  });

  it('exits 1 when --fail-on is met, saying which severities and how many', async () => {
    const result = await run(['analyze', EXAMPLE, '--fail-on', 'medium']);

    expect(result.code).toBe(1);
    expect(result.stdout).toContain('# Threat model report');
    expect(result.stderr).toMatch(
      /^threatmodel: --fail-on medium: \d+ threats have a residual severity of medium or above \((\d+ (critical|high|medium)(, )?)+\)\n$/,
    );
  });

  it('exits 0 when --fail-on is not met', async () => {
    const file = await scratch.write('quiet.yaml', QUIET_MODEL);

    const result = await run(['analyze', file, '--fail-on', 'note']);

    expect(result).toMatchObject({ code: 0, stderr: '' });
  });

  it('names a missing file', async () => {
    const file = scratch.path('missing.yaml');

    const result = await run(['analyze', file]);

    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `${file}: FILE_NOT_FOUND: no such file\n`,
    });
  });

  it('strips terminal control characters from what it prints', async () => {
    const file = scratch.path('evil\u001b[31m\u202e.yaml');

    const result = await run(['analyze', file]);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/evil\[31m\.yaml: FILE_NOT_FOUND/);
    expect(result.stderr).not.toContain('\u001b');
    expect(result.stderr).not.toContain('\u202e');
  });

  it('refuses a file over 5 MB by its size', async () => {
    const file = await scratch.write('huge.yaml', '');
    await truncate(file, 5 * 1024 * 1024 + 1);

    const result = await run(['analyze', file]);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(`^${escapeRegExp(file)}: INPUT_TOO_LARGE: .*5\\.0 MB`),
    );
  });

  it('names the line of invalid YAML', async () => {
    const file = await scratch.write(
      'broken.yaml',
      'schemaVersion: 1\nsystem:\n  name: [unclosed\n',
    );

    const result = await run(['analyze', file]);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(`^${escapeRegExp(file)}:\\d+: PARSE_ERROR: `),
    );
  });

  it('names the path of a flow end that points nowhere', async () => {
    const model = `${QUIET_MODEL}elements:\n  - { id: web, name: Web, kind: process }\nflows:\n  - { id: f1, from: web, to: db }\n`;
    const file = await scratch.write('dangling.yaml', model);

    const result = await run(['analyze', file]);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `${file}: INVALID_MODEL: flows[0].to: names element 'db', which the model does not have`,
    );
  });

  it('says when it cannot tell the format of a file', async () => {
    const file = await scratch.write(
      'notes.txt',
      'Just some notes about the system.\n',
    );

    const result = await run(['analyze', file]);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      new RegExp(`^${escapeRegExp(file)}: UNSUPPORTED_FORMAT: `),
    );
  });

  test.each([
    [
      ['analyze', EXAMPLE, '--format', 'pdf'],
      "--format must be one of markdown, json, not 'pdf'",
    ],
    [['analyze', EXAMPLE, '--colour'], "unknown option '--colour'"],
    [['analyse', EXAMPLE], "unknown command 'analyse'"],
  ])('exits 2 on the usage mistake %j', async (argv, message) => {
    const result = await run(argv);

    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `threatmodel: USAGE: ${message}\nRun 'threatmodel --help' for usage.\n`,
    );
  });

  it('reports an unexpected failure without a stack trace unless debugging', async () => {
    const readFile = () => Promise.reject(new TypeError('boom'));

    const quiet = await run(['analyze', 'x.yaml'], { readFile });
    const debug = await run(['analyze', 'x.yaml'], {
      readFile,
      env: { THREATMODEL_DEBUG: '1' },
    });

    expect(quiet.code).toBe(2);
    expect(quiet.stderr).toBe(
      'threatmodel: INTERNAL_ERROR: the command stopped on an unexpected error (set THREATMODEL_DEBUG=1 to see it)\n',
    );
    expect(debug.stderr).toMatch(/TypeError: boom\n\s+at /);
  });
});

describe('threatmodel help and version', () => {
  it.each([[['--help']], [['help']]])('prints usage for %j', async (argv) => {
    const result = await run(argv);

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('threatmodel analyze FILE');
  });

  it('prints the version', async () => {
    expect((await run(['--version'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
