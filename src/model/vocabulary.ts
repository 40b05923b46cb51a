/**
 * The words a threat model is written in. Every list here is closed: the
 * schema rejects anything else, and `switch` statements over them are
 * exhaustive, so adding a word fails to compile until every use handles it.
 */

/** STRIDE categories by their initial. */
export const STRIDE = ['S', 'T', 'R', 'I', 'D', 'E'] as const;
export type Stride = (typeof STRIDE)[number];

export const STRIDE_NAMES: Readonly<Record<Stride, string>> = {
  S: 'Spoofing',
  T: 'Tampering',
  R: 'Repudiation',
  I: 'Information disclosure',
  D: 'Denial of service',
  E: 'Elevation of privilege',
};

/** The three kinds of element in a data-flow diagram. */
export const ELEMENT_KINDS = [
  'external-entity',
  'process',
  'data-store',
] as const;
export type ElementKind = (typeof ELEMENT_KINDS)[number];

/** What an element is, more precisely than its kind. */
export const ELEMENT_SUBTYPES = [
  // people and their devices
  'user',
  'administrator',
  'browser',
  'mobile-app',
  'desktop-app',
  'iot-device',
  // outside systems
  'third-party-api',
  'identity-provider',
  'payment-provider',
  'external-system',
  // processes
  'web-application',
  'api-gateway',
  'load-balancer',
  'reverse-proxy',
  'firewall',
  'service',
  'function',
  'container',
  'batch-job',
  'message-broker',
  'ml-model',
  'ci-pipeline',
  'admin-console',
  // stores
  'database',
  'cache',
  'queue',
  'object-storage',
  'file-system',
  'log-store',
  'secret-store',
  'data-warehouse',
  'generic',
] as const;
export type ElementSubtype = (typeof ELEMENT_SUBTYPES)[number];

export const APPLICATION_TYPES = [
  'web',
  'api',
  'mobile',
  'iot',
  'microservices',
  'desktop',
  'data-platform',
  'ml',
  'other',
] as const;
export type ApplicationType = (typeof APPLICATION_TYPES)[number];

export const ARCHITECTURES = [
  'monolith',
  'microservices',
  'serverless',
  'event-driven',
  'hybrid',
  'other',
] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

export const DEPLOYMENTS = ['cloud', 'on-premise', 'hybrid', 'edge'] as const;
export type Deployment = (typeof DEPLOYMENTS)[number];

/** Data classification, from least to most sensitive. */
export const CLASSIFICATIONS = [
  'public',
  'internal',
  'confidential',
  'restricted',
] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** How much a property of an asset matters, from least to most. */
export const NEEDS = ['low', 'medium', 'high'] as const;
export type Need = (typeof NEEDS)[number];

export const REGULATIONS = [
  'pci-dss',
  'hipaa',
  'gdpr',
  'pii',
  'sox',
  'glba',
  'ccpa',
  'fedramp',
  'nis2',
  'iso27001',
] as const;
export type Regulation = (typeof REGULATIONS)[number];

export const ACTOR_KINDS = [
  'external-attacker',
  'cybercriminal',
  'malicious-insider',
  'negligent-insider',
  'nation-state',
  'hacktivist',
  'competitor',
  'script-kiddie',
  'malicious-customer',
  'third-party',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const CONTROL_TYPES = ['preventive', 'detective', 'corrective'] as const;
export type ControlType = (typeof CONTROL_TYPES)[number];

/** OWASP Risk Rating levels for likelihood and impact. */
export const LEVELS = ['low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];

/** Overall severity, from least to most. */
export const SEVERITIES = [
  'note',
  'low',
  'medium',
  'high',
  'critical',
] as const;
export type Severity = (typeof SEVERITIES)[number];

export const AUTHENTICATION_METHODS = [
  'none',
  'password',
  'mfa',
  'token',
  'api-key',
  'mtls',
  'certificate',
  'sso',
] as const;
export type AuthenticationMethod = (typeof AUTHENTICATION_METHODS)[number];

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

export function classificationRank(classification: Classification): number {
  return CLASSIFICATIONS.indexOf(classification);
}
