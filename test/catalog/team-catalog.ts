import { loadCatalog } from '../../src/catalog';
import type { RuleInput } from '../../src/catalog';
import { ThreatModelError, type Problem } from '../../src/model';

/** A team's own rule and mitigation, valid unless a test breaks them. */
export function rule(overrides: Partial<RuleInput> = {}): RuleInput {
  return {
    id: 'TEAM-S-01',
    title: 'Our own rule',
    description: 'A rule the team wrote.',
    stride: ['S'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'core',
    actors: ['external-attacker'],
    attackVector: 'Anything',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 5,
    },
    cwe: ['CWE-287'],
    capec: ['CAPEC-151'],
    mitigations: ['M-MFA'],
    ...overrides,
  };
}

export const mitigation = {
  id: 'M-TEAM',
  title: 'Do the team thing',
  description: 'What the team does.',
  controlType: 'detective',
  effort: 1,
  asvs: ['V7.1.3'],
  acceptanceCriteria: ['It is done.'],
};

/** The problems loadCatalog reports for a team catalog it must refuse. */
export function problemsOf(extra: unknown): Problem[] {
  try {
    loadCatalog(extra);
  } catch (error) {
    if (error instanceof ThreatModelError && error.code === 'INVALID_CATALOG')
      return [...error.problems];
    throw error;
  }
  throw new Error('expected the catalog to be rejected');
}
