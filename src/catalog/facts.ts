/**
 * The facts a rule condition may read, by target. The analysis computes
 * them (`analysis/facts.ts`); the catalog loader refuses a rule that reads
 * a fact not listed here, so a misspelt fact is caught when rules load,
 * not silently read as absent.
 *
 * A flow's facts include its two ends' element facts under `source.` and
 * `target.`. Stated attributes live under `attr.` and are absent when the
 * model does not say; derived facts are always present.
 */
export const ELEMENT_FACTS: Readonly<Record<string, string>> = {
  kind: 'external-entity, process or data-store',
  subtype: 'the element subtype, such as database or api-gateway',
  'attr.authentication':
    'stated authentication method (none, password, mfa, ...)',
  'attr.authorization': 'stated: requests are checked against a policy',
  'attr.inputValidation': 'stated: input is validated against an allow-list',
  'attr.outputEncoding': 'stated: output is encoded for its context',
  'attr.logging': 'stated: security events are logged',
  'attr.auditTrail': 'stated: actions are kept in a tamper-evident trail',
  'attr.encryptionAtRest': 'stated: stored data is encrypted',
  'attr.rateLimiting': 'stated: requests are rate-limited',
  'attr.internetFacing': 'stated: reachable from the internet',
  'attr.privileged': 'stated: runs privileged or administrative operations',
  'attr.hardened': 'stated: follows a hardening baseline and is patched',
  'attr.secretsManaged': 'stated: secrets come from a vault',
  'attr.backups': 'stated: data is backed up and restores are tested',
  technologies: 'list of technologies, lower-cased',
  nameWords:
    'derived: list of the lower-cased words of the element name (payment, audit, ...)',
  exposed: 'derived: internet facing, or receives data from an external entity',
  entryPoint:
    'derived: receives data from an external entity or across a boundary',
  authenticates:
    'derived: stated authentication other than none, or an identity provider',
  privileged:
    'derived: stated privileged, or an admin console, administrator or secret store',
  crossBoundaryInbound: 'derived: some inbound flow crosses a trust boundary',
  inboundFlows: 'derived: number of flows into it',
  outboundFlows: 'derived: number of flows out of it',
  inBoundary: 'derived: it sits inside some trust boundary',
  assetCount: 'derived: assets it stores or that its flows carry',
  dataClassification:
    'derived: rank of the most sensitive such asset (0 public .. 3 restricted); ' +
    'absent with no assets',
  regulations:
    "derived: regulations of those assets; the system's when it has none",
  'system.applicationType': 'the system context application type',
  'system.architecture': 'the system context architecture',
  'system.deployment': 'the system context deployment',
  'system.dataSensitivity': 'rank of the system data sensitivity (0 .. 3)',
};

export const FLOW_ONLY_FACTS: Readonly<Record<string, string>> = {
  protocol: 'protocol, lower-cased; absent when unknown',
  encrypted: 'stated, else derived from a known protocol; absent when unknown',
  authenticated: 'stated: the receiver authenticates the sender',
  crossesBoundary: 'derived: the ends sit in different trust boundaries',
  fromExternal: 'derived: the source is an external entity',
  toDataStore: 'derived: the target is a data store',
  bidirectional: 'whether data also flows back',
  assetCount: 'derived: assets the flow carries',
  dataClassification:
    'derived: rank of the most sensitive asset carried (0 .. 3); absent with no assets',
  regulations:
    "derived: regulations of the assets carried; the system's when none",
  'system.applicationType': 'the system context application type',
  'system.architecture': 'the system context architecture',
  'system.deployment': 'the system context deployment',
  'system.dataSensitivity': 'rank of the system data sensitivity (0 .. 3)',
};

export function isKnownFact(target: 'element' | 'flow', name: string): boolean {
  if (target === 'element') return Object.hasOwn(ELEMENT_FACTS, name);
  if (Object.hasOwn(FLOW_ONLY_FACTS, name)) return true;

  const end = /^(source|target)\.(.+)$/.exec(name);
  const rest = end?.[2];
  return (
    rest !== undefined &&
    !rest.startsWith('system.') &&
    Object.hasOwn(ELEMENT_FACTS, rest)
  );
}
