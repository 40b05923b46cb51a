import type { Analysis } from '../../src/analysis/types';
import { MAX_ANSWER_BYTES } from '../../src/app/answer-size';
import { createEngine, type Engine } from '../../src/app/engine';
import { runResolver } from '../../src/app/resolvers';
import { expandEpicState, expandRiskReport } from '../../src/app/wire-answers';
import { parseModel } from '../../src/model';
import { catalog, createHarness, model, onEpic, seedSite } from './harness';

const MB = 1024 * 1024;

/**
 * The small catalog's engine, whose threats describe themselves in `size`
 * bytes of text that names the system: text no compaction can shrink, and
 * different for every system.
 */
function wordyEngine(size: number): Engine {
  const engine = createEngine(catalog);
  return {
    ...engine,
    analyze: (analyzed, implemented): Analysis => {
      const analysis = engine.analyze(analyzed, implemented);
      const description = `${analyzed.system.name} ${'x'.repeat(size)}`;
      return {
        ...analysis,
        threats: analysis.threats.map((threat) => ({ ...threat, description })),
      };
    },
  };
}

async function analyzedEpics(engine: Engine, keys: readonly string[]) {
  const harness = createHarness(engine);
  seedSite(harness);
  for (const key of keys) {
    await runResolver('saveModel', harness.ports, onEpic(key), {
      baseRevision: 0,
      model: { ...model(), system: { name: `System of ${key}` } },
    });
    await runResolver('analyze', harness.ports, onEpic(key), {});
  }
  return harness;
}

/** The macro reporting every epic of ENG (the fake Jira's own JQL). */
const portfolio = {
  accountId: 'alice',
  macroConfig: { jql: 'project = ENG' },
};

describe('runResolver, for an answer too large to send', () => {
  it('refuses it as INPUT_TOO_LARGE, naming the limit', async () => {
    const harness = createHarness(wordyEngine(5 * MB));
    seedSite(harness);
    await runResolver('saveModel', harness.ports, onEpic(), {
      baseRevision: 0,
      model: model(),
    });

    const analyzed = await runResolver('analyze', harness.ports, onEpic(), {});
    const read = await runResolver('getEpicState', harness.ports, onEpic(), {});

    for (const result of [analyzed, read]) {
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'INPUT_TOO_LARGE',
          message: expect.stringMatching(
            /\(5\.1 MB; at most 4\.0 MB\)/,
          ) as string,
        },
      });
    }
    expect(harness.logs).toContainEqual({
      event: 'resolver_refused',
      fields: {
        resolver: 'getEpicState',
        issueKey: 'ENG-1',
        code: 'INPUT_TOO_LARGE',
      },
    });
  });
});

describe('getRiskReport, in its wire form', () => {
  it('sends the texts of several epics once and each analysis whole', async () => {
    const keys = ['ENG-1', 'ENG-2'];
    const harness = await analyzedEpics(createEngine(catalog), keys);

    const result = await runResolver(
      'getRiskReport',
      harness.ports,
      portfolio,
      {},
    );
    if (!result.ok) throw new Error(result.error.message);
    const report = expandRiskReport(result.data);

    expect(result.data.texts.rules.map((rule) => rule.ruleId)).toEqual([
      'R-TAMPER',
    ]);
    expect(result.data.epics.map((row) => row.analysis?.texts)).toEqual([
      undefined,
      undefined,
    ]);
    expect(report.epics.map((row) => row.analysis)).toEqual(
      keys.map((key) =>
        harness.ports.engine.analyze(
          parseModel({ ...model(), system: { name: `System of ${key}` } }),
          [],
        ),
      ),
    );
  });

  it('stops before the epic whose row and texts would pass the limit', async () => {
    const keys = ['ENG-1', 'ENG-2'];
    const harness = await analyzedEpics(wordyEngine(2.5 * MB), keys);

    const result = await runResolver(
      'getRiskReport',
      harness.ports,
      portfolio,
      {},
    );
    if (!result.ok) throw new Error(result.error.message);

    expect(result.data.epics.map((row) => row.epic.key)).toEqual(['ENG-1']);
    expect(result.data.truncated).toBe(true);
    expect(result.data.texts.rules).toHaveLength(1);
    expect(JSON.stringify(result.data).length).toBeLessThan(MAX_ANSWER_BYTES);
  });
});

describe('getEpicState, in its wire form', () => {
  it('sends the analysis compact and versioned', async () => {
    const harness = await analyzedEpics(createEngine(catalog), ['ENG-1']);

    const read = await runResolver('getEpicState', harness.ports, onEpic(), {});
    if (!read.ok) throw new Error(read.error.message);

    expect(read.data.analysis?.wireVersion).toBe(1);
    expect(expandEpicState(read.data).analysis).toEqual(
      harness.ports.engine.analyze(
        parseModel({ ...model(), system: { name: 'System of ENG-1' } }),
        [],
      ),
    );
  });
});
