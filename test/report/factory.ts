import type {
  Analysis,
  AttackPath,
  MitigationItem,
  Risk,
  Threat,
} from '../../src/analysis/types';
import { parseModel, type ThreatModel } from '../../src/model';
import {
  SEVERITIES,
  STRIDE,
  severityRank,
  type Level,
  type Severity,
  type Stride,
} from '../../src/model/vocabulary';

/**
 * Hand-built analyses, so the report is tested on exact numbers without
 * depending on what the rule catalog finds today.
 */
export function risk(
  likelihood: Level,
  impact: Level,
  severity: Severity,
  score: number,
): Risk {
  const rating = (level: Level) => ({
    score: { low: 2, medium: 4.5, high: 7 }[level],
    level,
    factors: {},
  });
  return {
    likelihood: rating(likelihood),
    impact: rating(impact),
    severity,
    score,
  };
}

export function threat(
  id: string,
  overrides: Partial<Omit<Threat, 'residual'>> & {
    residual?: Risk;
  } = {},
): Threat {
  const inherent = overrides.inherent ?? risk('medium', 'high', 'high', 6);
  const residual = overrides.residual ?? inherent;
  return {
    id,
    ruleId: id.split('@')[0] ?? id,
    title: `Threat ${id}`,
    description: 'What could go wrong.',
    stride: ['I'],
    target: { kind: 'element', id: 'web', name: 'Web' },
    actor: {
      id: 'attacker',
      name: 'External attacker',
      kind: 'external-attacker',
    },
    attackVector: 'Over the network',
    inherent,
    mitigations: [],
    references: {
      cwe: ['CWE-200'],
      capec: ['CAPEC-117'],
      owasp: [],
      owaspApi: [],
    },
    ...overrides,
    residual: { ...residual, appliedControls: [] },
    aboveTolerance:
      overrides.aboveTolerance ?? severityRank(residual.severity) > 1,
  };
}

export function mitigation(
  key: string,
  overrides: Partial<MitigationItem> = {},
): MitigationItem {
  return {
    key,
    mitigationId: key.split('@')[0] ?? key,
    title: `Do ${key}`,
    description: 'A control.',
    controlType: 'preventive',
    effort: 1,
    asvs: ['V1.1.1'],
    acceptanceCriteria: ['It is done'],
    target: { kind: 'element', id: 'web', name: 'Web' },
    threats: [],
    status: 'open',
    riskReduction: 1,
    recommended: false,
    ...overrides,
  };
}

function countBy<K extends string>(
  keys: readonly K[],
  pick: (t: Threat) => readonly K[],
  threats: readonly Threat[],
): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<
    K,
    number
  >;
  for (const t of threats) for (const k of pick(t)) counts[k] += 1;
  return counts;
}

export function analysis(
  parts: {
    threats?: Threat[];
    mitigations?: MitigationItem[];
    attackPaths?: AttackPath[];
    coverage?: number;
    system?: string;
  } = {},
): Analysis {
  const threats = parts.threats ?? [];
  const mitigations = parts.mitigations ?? [];
  const residual = countBy(SEVERITIES, (t) => [t.residual.severity], threats);
  const highest = [...SEVERITIES].reverse().find((s) => residual[s] > 0);
  const sum = (pick: (t: Threat) => number) =>
    threats.reduce((total, t) => total + pick(t), 0);
  return {
    analysisVersion: 1,
    system: parts.system ?? 'Shop',
    riskTolerance: 'low',
    packs: ['core'],
    facts: {
      entryPoints: ['web'],
      boundaryCrossings: ['browser->web'],
      authenticationPoints: [],
      internetFacing: ['web'],
      privileged: [],
      unencryptedCrossings: [],
    },
    threats,
    mitigations,
    attackPaths: parts.attackPaths ?? [],
    summary: {
      threatCount: threats.length,
      bySeverity: countBy(SEVERITIES, (t) => [t.inherent.severity], threats),
      residualBySeverity: residual,
      byStride: countBy<Stride>(STRIDE, (t) => t.stride, threats),
      aboveTolerance: threats.filter((t) => t.aboveTolerance).length,
      highestResidual: highest ?? 'note',
      inherentRiskScore: sum((t) => t.inherent.score),
      residualRiskScore: sum((t) => t.residual.score),
      mitigationsOpen: mitigations.filter((m) => m.status === 'open').length,
      mitigationsImplemented: mitigations.filter(
        (m) => m.status === 'implemented',
      ).length,
      coverage: parts.coverage ?? 0.5,
    },
  };
}

export function model(name = 'Shop'): ThreatModel {
  return parseModel({
    schemaVersion: 1,
    system: { name, regulations: ['pci-dss'] },
    elements: [
      { id: 'browser', name: 'Browser', kind: 'external-entity' },
      { id: 'web', name: 'Web', kind: 'process' },
      { id: 'db', name: 'Orders DB', kind: 'data-store' },
    ],
    flows: [
      { id: 'browser-web', from: 'browser', to: 'web' },
      { id: 'web-db', from: 'web', to: 'db' },
    ],
  });
}
