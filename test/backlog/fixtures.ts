import type {
  Analysis,
  MitigationItem,
  Threat,
} from '../../src/analysis/types';
import type { Severity, Stride } from '../../src/model/vocabulary';

const rating = { score: 5, level: 'medium' as const, factors: {} };

export function threat(
  id: string,
  severity: Severity = 'high',
  stride: Stride[] = ['S'],
  overrides: Partial<Threat> = {},
): Threat {
  const risk = { likelihood: rating, impact: rating, severity, score: 6.5 };
  return {
    id,
    ruleId: id.split('@')[0] ?? id,
    title: `Threat ${id}`,
    description: 'A description',
    stride,
    target: { kind: 'element', id: 'web', name: 'Web app' },
    actor: { id: 'attacker', name: 'Attacker', kind: 'external-attacker' },
    attackVector: 'Over the internet',
    inherent: risk,
    residual: { ...risk, appliedControls: [] },
    aboveTolerance: true,
    mitigations: [],
    references: { cwe: [], capec: [], owasp: [], owaspApi: [] },
    ...overrides,
  };
}

export function item(
  key: string,
  threats: string[],
  overrides: Partial<MitigationItem> = {},
): MitigationItem {
  const [mitigationId = key, targetId = 'web'] = key.split('@');
  return {
    key,
    mitigationId,
    title: `Do ${mitigationId}`,
    description: 'What to build',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V2.1.1'],
    acceptanceCriteria: ['It is built', 'It is tested'],
    target: { kind: 'element', id: targetId, name: 'Web app' },
    threats,
    status: 'open',
    riskReduction: 3,
    recommended: overrides.status !== 'implemented',
    ...overrides,
  };
}

export function analysisOf(
  threats: readonly Threat[],
  mitigations: readonly MitigationItem[],
): Analysis {
  const zero = { note: 0, low: 0, medium: 0, high: 0, critical: 0 };
  return {
    analysisVersion: 1,
    system: 'Shop',
    riskTolerance: 'low',
    packs: ['core'],
    facts: {
      entryPoints: [],
      boundaryCrossings: [],
      authenticationPoints: [],
      internetFacing: [],
      privileged: [],
      unencryptedCrossings: [],
    },
    threats,
    mitigations,
    attackPaths: [],
    summary: {
      threatCount: threats.length,
      bySeverity: zero,
      residualBySeverity: zero,
      byStride: { S: 0, T: 0, R: 0, I: 0, D: 0, E: 0 },
      aboveTolerance: 0,
      highestResidual: 'note',
      inherentRiskScore: 0,
      residualRiskScore: 0,
      mitigationsOpen: mitigations.length,
      mitigationsImplemented: 0,
      coverage: 0,
    },
  };
}

/** An analysis with `count` open mitigations, one threat each. */
export function manyMitigations(count: number, prefix = 'M'): Analysis {
  const severities: Severity[] = ['critical', 'high', 'medium', 'low', 'note'];
  const threats = Array.from({ length: count }, (_, i) =>
    threat(`R${i}@${prefix}${i}`, severities[i % severities.length]),
  );
  const items = threats.map((t, i) => item(`${prefix}-${i}@c${i}`, [t.id]));
  return analysisOf(threats, items);
}
