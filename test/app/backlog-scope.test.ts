import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analysis';
import type { Analysis } from '../../src/analysis/types';
import { DEFAULT_SETTINGS, MITIGATION_PROPERTY } from '../../src/backlog';
import { importModel } from '../../src/importers';
import { fakeJira } from './backlog-fake-jira';
import { harness, sync } from './backlog-sync-harness';

const inEng = { ...DEFAULT_SETTINGS, backlogProjectKey: 'ENG' };

const file = join(__dirname, '..', '..', 'examples', 'ecommerce-payments.yaml');
const { model } = importModel(readFileSync(file, 'utf8'), { fileName: file });

function recommendedKeys(analysis: Analysis): string[] {
  return analysis.mitigations
    .filter((item) => item.recommended)
    .map((item) => item.key);
}

describe('syncing only the recommended mitigations', () => {
  it('creates one ticket per recommended mitigation of the e-commerce example', async () => {
    const fake = fakeJira();
    const analysis = analyze(model);

    const result = await sync(harness(fake.jira), 'ENG-1', analysis, inEng);

    const keys = [...fake.issues.values()].map(
      (issue) => (issue.properties[MITIGATION_PROPERTY] as { key: string }).key,
    );
    expect(result.outcome).toBe('done');
    expect(keys.sort()).toEqual(recommendedKeys(analysis).sort());
    expect(keys.length).toBeLessThan(analysis.mitigations.length);
  });

  it('adds the next recommendations once tickets are done, keeping the others and commenting on none', async () => {
    const fake = fakeJira();
    const h = harness(fake.jira);
    const first = analyze(model);
    await sync(h, 'ENG-1', first, inEng);
    const done = recommendedKeys(first).slice(0, 5);

    const second = analyze(model, { implemented: done });
    const result = await sync(h, 'ENG-1', second, inEng);
    const third = await sync(h, 'ENG-1', second, inEng);

    const kept = new Set(recommendedKeys(first));
    const expected = recommendedKeys(second).filter((key) => !kept.has(key));
    expect(expected.length).toBeGreaterThan(0);
    expect(result).toMatchObject({ outcome: 'done', commented: 0 });
    if (result.outcome !== 'done') throw new Error('the sync did not run');
    expect(result.created.map((t) => t.mitigationKey).sort()).toEqual(
      expected.sort(),
    );
    expect(fake.issues.size).toBe(kept.size + expected.length);
    expect(fake.calls['addComment']).toBeUndefined();
    expect(third).toMatchObject({ outcome: 'done', created: [], updated: 0 });
  });
});
