import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { importModel } from '../../src/importers';
import { EXAMPLE, run, useScratch } from './run';

describe('threatmodel import', () => {
  const scratch = useScratch();

  it('exports YAML that imports back to the same model', async () => {
    const result = await run(['import', EXAMPLE, '--to', 'yaml']);

    expect(result.code).toBe(0);
    const original = importModel(await readFile(EXAMPLE, 'utf8'), {
      fileName: EXAMPLE,
    }).model;
    const again = importModel(result.stdout, { fileName: 'again.yaml' }).model;
    expect(again).toEqual(original);
    expect(parse(result.stdout)).toMatchObject({ schemaVersion: 1 });
  });

  it('exports JSON to --out', async () => {
    const out = scratch.path('model.json');

    const result = await run(['import', EXAMPLE, '--to', 'json', '--out', out]);

    expect(result.code).toBe(0);
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({
      schemaVersion: 1,
    });
  });

  it('lists what the import skipped on standard error', async () => {
    const file = join(
      __dirname,
      '..',
      '..',
      '..',
      'shared',
      'corpus',
      'threat-dragon',
      'td-v2-demo-threat-model.json',
    );
    const copy = await scratch.write('td.json', await readFile(file, 'utf8'));

    const result = await run(['import', copy, '--to', 'json']);

    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^.*td\.json: warning: the import skipped \d+ items?:\n( {2}.+\n)+$/,
    );
  });
});
