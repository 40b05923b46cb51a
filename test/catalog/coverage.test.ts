import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtInCatalog, coverageTable } from '../../src/catalog';
import { COVERAGE_COMMAND } from '../../src/catalog/coverage';
import { Catalog } from '../../src/catalog/schema';

const FILE = join(__dirname, '../../src/catalog/COVERAGE.md');

describe('coverageTable', () => {
  it('counts each category of a rule, and an element rule without kinds for every kind', () => {
    const catalog = Catalog.parse({
      rules: [
        {
          id: 'X-S-01',
          title: 'x',
          description: 'x',
          stride: ['S', 'T'],
          target: 'element',
          pack: 'iot',
          actors: ['external-attacker'],
          attackVector: 'x',
          likelihood: {
            easeOfDiscovery: 1,
            easeOfExploit: 1,
            awareness: 1,
            intrusionDetection: 1,
          },
          cwe: ['CWE-1'],
          capec: ['CAPEC-1'],
          mitigations: ['M-X'],
        },
      ],
      mitigations: [],
    });

    const section = coverageTable(catalog).split('## iot')[1] ?? '';

    expect(section).toContain('| process | 1 | 1 | - | - | - | - | 1 |');
    expect(section).toContain('| data-store | 1 | 1 | - | - | - | - | 1 |');
    expect(section).toContain('| flow | - | - | - | - | - | - | 0 |');
  });
});

describe('coverageTable fallbacks', () => {
  it('names the fallback rules of a pack under its table', () => {
    const catalog = builtInCatalog();
    const fallbacks = catalog.rules
      .filter((r) => r.pack === 'core' && r.fallback)
      .map((r) => r.id);

    const core = coverageTable(catalog).split('## core')[1]?.split('## ')[0];

    expect(fallbacks.length).toBeGreaterThan(0);
    expect(core).toContain(`Fallback rules: ${fallbacks.join(', ')}.`);
  });
});

describe('COVERAGE.md', () => {
  it('matches the built-in catalog', () => {
    const expected = coverageTable(builtInCatalog());
    if (process.env.UPDATE_COVERAGE === '1') writeFileSync(FILE, expected);

    const actual = readFileSync(FILE, 'utf8');

    if (actual !== expected) {
      throw new Error(
        `src/catalog/COVERAGE.md is out of date; rebuild it with: ${COVERAGE_COMMAND}`,
      );
    }
  });
});
