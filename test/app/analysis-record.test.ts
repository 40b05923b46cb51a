import { putBlob } from '../../src/app/blob-store';
import { onIssueChanged } from '../../src/app/issue-changed';
import { runResolver } from '../../src/app/resolvers';
import { storageKeys } from '../../src/app/storage-keys';
import { expandEpicState } from '../../src/app/wire-answers';
import { parseModel } from '../../src/model';
import {
  analyzedSite,
  createHarness,
  model,
  onEpic,
  seedSite,
  type Harness,
} from './harness';

const MITIGATION = 'M-VALIDATE@api';

async function state(harness: Harness) {
  const read = await runResolver('getEpicState', harness.ports, onEpic(), {});
  if (!read.ok) throw new Error(read.error.message);
  return expandEpicState(read.data);
}

function statusOf(
  analysis: { mitigations: readonly { key: string; status: string }[] },
  key: string,
): string | undefined {
  return analysis.mitigations.find((m) => m.key === key)?.status;
}

describe('the analysis an epic shows', () => {
  it('counts a ticket the trigger saw done as implemented', async () => {
    const harness = await analyzedSite();
    const issue = harness.jira.issues.get('SEC-1');
    if (issue !== undefined) issue.status = 'done';

    await onIssueChanged(harness.ports, {
      eventType: 'avi:jira:updated:issue',
      issue: { key: 'SEC-1' },
      changelog: { items: [{ fieldId: 'status' }] },
    });
    const shown = await state(harness);

    expect(shown.analysis && statusOf(shown.analysis, MITIGATION)).toBe(
      'implemented',
    );
    expect(shown.analysis).toEqual(
      harness.ports.engine.analyze(parseModel(model()), [MITIGATION]),
    );
  });

  it('asks for a new analysis once the analyzed revision was pruned', async () => {
    const harness = await analyzedSite();
    for (let base = 1; base <= 11; base++) {
      await runResolver('saveModel', harness.ports, onEpic(), {
        baseRevision: base,
        model: { ...model(), system: { name: `Shop ${base}` } },
      });
    }

    const shown = await state(harness);

    expect(shown).toMatchObject({
      revision: 12,
      analysis: null,
      analyzedRevision: 1,
      stale: true,
    });
    expect(harness.logs).toContainEqual({
      event: 'analysis_pruned',
      fields: { issueKey: 'ENG-1', analyzedRevision: 1 },
    });
  });

  it('still reads an analysis stored whole before analyses were derived', async () => {
    const harness = createHarness();
    seedSite(harness);
    await runResolver('saveModel', harness.ports, onEpic(), {
      baseRevision: 0,
      model: model(),
    });
    const id = harness.jira.issues.get('ENG-1')?.id ?? '';
    const analysis = harness.ports.engine.analyze(parseModel(model()), []);
    const prefix = storageKeys.analysisParts(id);
    await harness.ports.store.set(storageKeys.analysis(id), {
      modelRevision: 1,
      analyzedAt: '2026-01-01T00:00:00.000Z',
      implemented: [],
      blob: await putBlob(harness.ports.store, prefix, 't', analysis, 'x'),
    });

    const shown = await state(harness);
    await runResolver('saveModel', harness.ports, onEpic(), {
      baseRevision: 1,
      model: model(),
    });

    expect(shown).toMatchObject({
      analysis,
      analyzedRevision: 1,
      stale: false,
    });
    expect(harness.jira.issues.get('ENG-1')?.properties).toMatchObject({
      'threat-model-risk': { stale: 'yes', analyzedRevision: 1 },
    });
  });
});
