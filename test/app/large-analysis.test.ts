import { MAX_BLOB_BYTES } from '../../src/app/blob-store';
import { createEngine } from '../../src/app/engine';
import { runResolver } from '../../src/app/resolvers';
import { REPORT_BUDGET } from '../../src/app/risk-report';
import { storageKeys } from '../../src/app/storage-keys';
import { expandEpicState } from '../../src/app/wire-answers';
import { parseModel } from '../../src/model';
import { createHarness, onEpic, seedSite, type Harness } from './harness';
import { largeModel } from './large-model';

const TIMEOUT = 60_000;
const engine = createEngine();
const input = largeModel(160);

async function analyzedLargeEpic(): Promise<Harness> {
  const harness = createHarness(engine);
  seedSite(harness);
  const saved = await runResolver('saveModel', harness.ports, onEpic(), {
    baseRevision: 0,
    model: input,
  });
  if (!saved.ok) throw new Error(saved.error.message);
  return harness;
}

function epicId(harness: Harness): string {
  return harness.jira.issues.get('ENG-1')?.id ?? '';
}

describe('analyze, for an epic whose analysis outgrows app storage', () => {
  it(
    'analyzes the epic and shows the whole analysis',
    async () => {
      const harness = await analyzedLargeEpic();
      const expected = engine.analyze(parseModel(input), []);

      const analyzed = await runResolver(
        'analyze',
        harness.ports,
        onEpic(),
        {},
      );
      const read = await runResolver(
        'getEpicState',
        harness.as('bob'),
        onEpic('ENG-1', 'bob'),
        {},
      );

      expect(JSON.stringify(expected).length).toBeGreaterThan(MAX_BLOB_BYTES);
      expect(analyzed.ok && expandEpicState(analyzed.data).analysis).toEqual(
        expected,
      );
      expect(read.ok && expandEpicState(read.data).analysis).toEqual(expected);
      expect(read.ok && read.data.stale).toBe(false);
    },
    TIMEOUT,
  );

  it(
    'stores the analyzed revision, the implemented keys and a summary only',
    async () => {
      const harness = await analyzedLargeEpic();

      await runResolver('analyze', harness.ports, onEpic(), {});
      const stored = await harness.ports.store.get(
        storageKeys.analysis(epicId(harness)),
      );

      expect(stored).toEqual({
        version: 2,
        modelRevision: 1,
        analyzedAt: expect.any(String) as string,
        summary: expect.objectContaining({ threatCount: expect.any(Number) }),
        implemented: { inline: '[]' },
      });
      expect(JSON.stringify(stored).length).toBeLessThan(2_000);
    },
    TIMEOUT,
  );

  it(
    'plans its tickets and reports it from the analysis run again',
    async () => {
      const harness = await analyzedLargeEpic();
      await runResolver('analyze', harness.ports, onEpic(), {});

      const preview = await runResolver(
        'previewBacklog',
        harness.ports,
        onEpic(),
        {},
      );
      const report = await runResolver(
        'getRiskReport',
        harness.ports,
        { accountId: 'alice', macroConfig: { epicKey: 'ENG-1' } },
        {},
      );

      expect(preview.ok && preview.data.create.length).toBeGreaterThan(0);
      expect(
        report.ok && report.data.epics[0]?.analysis?.summary.threatCount,
      ).toBeGreaterThan(1000);
    },
    TIMEOUT,
  );
});

describe('getRiskReport, over epics too large to analyze in one call', () => {
  /** Stores and flows only: no threat in the small catalog, a real cost. */
  function wideModel(stores: number) {
    const id = (i: number) => `s${i}`;
    return {
      schemaVersion: 1,
      system: { name: 'Wide' },
      elements: Array.from({ length: stores }, (_, i) => ({
        id: id(i),
        name: `Store ${i}`,
        kind: 'data-store',
      })),
      flows: Array.from({ length: stores }, (_, i) => ({
        id: `f${i}`,
        from: id(i),
        to: id((i + 1) % stores),
      })),
    };
  }

  it(
    'stops before the epic that would pass the budget and says it is truncated',
    async () => {
      const harness = createHarness();
      seedSite(harness);
      const half = Math.ceil((REPORT_BUDGET / 2 + 1) / 2);
      for (const key of ['ENG-1', 'ENG-2']) {
        await runResolver('saveModel', harness.ports, onEpic(key), {
          baseRevision: 0,
          model: wideModel(half),
        });
        await runResolver('analyze', harness.ports, onEpic(key), {});
      }

      const report = await runResolver(
        'getRiskReport',
        harness.ports,
        { accountId: 'alice', macroConfig: { jql: 'project = ENG' } },
        {},
      );

      expect(report.ok && report.data.epics.map((e) => e.epic.key)).toEqual([
        'ENG-1',
      ]);
      expect(report.ok && report.data.truncated).toBe(true);
      expect(harness.logs).toContainEqual({
        event: 'risk_report_read',
        fields: expect.objectContaining({ capped: true, epics: 1 }),
      });
    },
    TIMEOUT,
  );
});
