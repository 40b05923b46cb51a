import type {
  Analysis,
  MitigationItem,
  Risk,
  Threat,
} from '../../src/analysis/types';
import type { EpicState, TicketRef } from '../../src/app/contract';
import { parseModel, type ThreatModel } from '../../src/model';
import type { Level, Severity, Stride } from '../../src/model/vocabulary';

/** Epic states for the UI tests, built by hand so the numbers are known. */

export const SHOP_DIAGRAM = [
  'flowchart LR',
  '  shopper([Shopper])',
  '  subgraph cloud [Cloud]',
  '    api[Orders API]',
  '    db[(Orders DB)]',
  '  end',
  '  shopper -->|HTTPS| api',
  '  api -->|SQL| db',
].join('\n');

export function shopModel(names: Partial<Record<string, string>> = {}) {
  return parseModel({
    schemaVersion: 1,
    system: { name: names.system ?? 'Shop' },
    diagram: SHOP_DIAGRAM,
    boundaries: [{ id: 'cloud', name: 'Cloud' }],
    elements: [
      {
        id: 'shopper',
        name: names.shopper ?? 'Shopper',
        kind: 'external-entity',
      },
      {
        id: 'api',
        name: names.api ?? 'Orders API',
        kind: 'process',
        boundary: 'cloud',
      },
      { id: 'db', name: 'Orders DB', kind: 'data-store', boundary: 'cloud' },
    ],
    flows: [
      { id: 'shopper->api', from: 'shopper', to: 'api', protocol: 'https' },
      { id: 'api->db', from: 'api', to: 'db', protocol: 'sql' },
    ],
  });
}

function risk(
  likelihood: Level,
  impact: Level,
  severity: Severity,
  score: number,
): Risk {
  const rating = (level: Level) => ({
    level,
    score: level === 'high' ? 7 : level === 'medium' ? 5 : 2,
    factors: { skill: 6, motive: 5 },
  });
  return {
    likelihood: rating(likelihood),
    impact: rating(impact),
    severity,
    score,
  };
}

function threat(
  id: string,
  title: string,
  stride: Stride[],
  target: { id: string; name: string },
  residual: Risk,
  mitigations: string[],
): Threat {
  return {
    id,
    ruleId: id.split('@')[0] ?? id,
    title,
    description: `How ${title.toLowerCase()} happens.`,
    stride,
    target: { kind: 'element', ...target },
    actor: { id: 'crook', name: 'Online fraudster', kind: 'cybercriminal' },
    attackVector: 'Crafted requests over the internet',
    inherent: risk('high', 'high', 'critical', 9),
    residual: { ...residual, appliedControls: [] },
    aboveTolerance: residual.severity !== 'low',
    mitigations,
    references: {
      cwe: ['CWE-89'],
      capec: ['CAPEC-66'],
      owasp: ['A03:2021'],
      owaspApi: [],
    },
  };
}

function item(
  key: string,
  title: string,
  target: { id: string; name: string },
  threats: string[],
  implemented: boolean,
): MitigationItem {
  return {
    key,
    mitigationId: key.split('@')[0] ?? key,
    title,
    description: `${title}.`,
    controlType: 'preventive',
    effort: 2,
    asvs: ['V5.3.4'],
    acceptanceCriteria: ['It is done'],
    target: { kind: 'element', ...target },
    threats,
    status: implemented ? 'implemented' : 'open',
    riskReduction: 4,
    recommended: !implemented,
  };
}

export function shopAnalysis(
  model: ThreatModel,
  implemented = false,
): Analysis {
  const api = { id: 'api', name: model.elements[1]?.name ?? 'api' };
  const db = { id: 'db', name: 'Orders DB' };
  const threats = [
    threat(
      'sqli@api',
      'SQL injection in order search',
      ['T', 'I'],
      api,
      implemented
        ? risk('low', 'high', 'medium', 5)
        : risk('high', 'high', 'critical', 9),
      ['param-queries@api'],
    ),
    threat(
      'spoof@api',
      'Stolen session tokens replayed',
      ['S'],
      api,
      risk('medium', 'high', 'high', 7),
      ['short-sessions@api'],
    ),
    threat(
      'dos@db',
      'Orders DB exhausted by bulk queries',
      ['D'],
      db,
      risk('low', 'medium', 'low', 3),
      [],
    ),
  ];
  return {
    analysisVersion: 1,
    system: model.system.name,
    riskTolerance: 'low',
    packs: ['web'],
    facts: {
      entryPoints: ['api'],
      boundaryCrossings: ['shopper->api'],
      authenticationPoints: [],
      internetFacing: ['api'],
      privileged: [],
      unencryptedCrossings: [],
    },
    threats,
    mitigations: [
      item(
        'param-queries@api',
        'Use parameterised queries',
        api,
        ['sqli@api'],
        implemented,
      ),
      item(
        'short-sessions@api',
        'Expire sessions quickly',
        api,
        ['spoof@api'],
        false,
      ),
    ],
    attackPaths: [],
    summary: {
      threatCount: 3,
      bySeverity: { note: 0, low: 0, medium: 0, high: 0, critical: 3 },
      residualBySeverity: implemented
        ? { note: 0, low: 1, medium: 1, high: 1, critical: 0 }
        : { note: 0, low: 1, medium: 0, high: 1, critical: 1 },
      byStride: { S: 1, T: 1, R: 0, I: 1, D: 1, E: 0 },
      aboveTolerance: 2,
      highestResidual: implemented ? 'high' : 'critical',
      inherentRiskScore: 27,
      residualRiskScore: implemented ? 15 : 19,
      mitigationsOpen: implemented ? 1 : 2,
      mitigationsImplemented: implemented ? 1 : 0,
      coverage: 0.6,
    },
  };
}

export function epicState(overrides: Partial<EpicState> = {}): EpicState {
  const model = overrides.model === undefined ? shopModel() : overrides.model;
  return {
    epic: { key: 'ENG-1', summary: 'Checkout revamp', canEdit: true },
    model,
    revision: 2,
    stale: false,
    analysis: null,
    analyzedRevision: null,
    tickets: [],
    history: [
      {
        revision: 1,
        accountId: 'acc-ana',
        at: '2026-12-01T09:00:00Z',
        change: { added: 5, removed: 0, changed: 0 },
      },
      {
        revision: 2,
        accountId: 'acc-ben',
        at: '2026-12-02T10:30:00Z',
        change: { added: 0, removed: 0, changed: 1 },
      },
    ],
    ...overrides,
  };
}

export function ticket(
  mitigationKey: string,
  issueKey: string,
  statusCategory: TicketRef['statusCategory'] = 'new',
): TicketRef {
  return { mitigationKey, issueKey, statusCategory };
}
