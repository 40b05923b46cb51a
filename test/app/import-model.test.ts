import { runResolver } from '../../src/app/resolvers';
import { createHarness, onEpic, seedSite } from './harness';

const MERMAID = [
  'flowchart LR',
  '  user([Customer]) -->|HTTPS| web[Web shop]',
  '  web -->|SQL| db[(Orders)]',
].join('\n');

function site() {
  const harness = createHarness();
  seedSite(harness);
  return harness;
}

describe('importModel', () => {
  it('saves what the importer read as the next revision', async () => {
    const harness = site();

    const result = await runResolver('importModel', harness.ports, onEpic(), {
      baseRevision: 0,
      fileName: 'shop.mmd',
      text: MERMAID,
    });
    const state = await runResolver(
      'getEpicState',
      harness.ports,
      onEpic(),
      {},
    );

    expect(result).toEqual({
      ok: true,
      data: { revision: 1, skipped: expect.any(Array) },
    });
    expect(
      state.ok && state.data.model?.elements.length,
    ).toBeGreaterThanOrEqual(3);
    expect(harness.logs).toContainEqual({
      event: 'model_imported',
      fields: expect.objectContaining({ issueKey: 'ENG-1', format: 'mermaid' }),
    });
  });

  it('refuses a file over 5 MiB before reading it', async () => {
    const harness = site();

    const result = await runResolver('importModel', harness.ports, onEpic(), {
      baseRevision: 0,
      fileName: 'huge.json',
      text: 'é'.repeat(3 * 1024 * 1024),
    });

    expect(!result.ok && result.error.code).toBe('INPUT_TOO_LARGE');
  });

  it('keeps the stored model when the file cannot be read', async () => {
    const harness = site();
    await runResolver('importModel', harness.ports, onEpic(), {
      baseRevision: 0,
      fileName: 'shop.mmd',
      text: MERMAID,
    });

    const result = await runResolver('importModel', harness.ports, onEpic(), {
      baseRevision: 1,
      fileName: 'model.json',
      text: '{"schemaVersion": 1, "system": ',
    });
    const state = await runResolver(
      'getEpicState',
      harness.ports,
      onEpic(),
      {},
    );

    expect(!result.ok && result.error.code).toBe('PARSE_ERROR');
    expect(state.ok && state.data.revision).toBe(1);
  });
});
