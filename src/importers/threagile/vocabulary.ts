import type {
  AuthenticationMethod,
  Classification,
  ElementKind,
  ElementSubtype,
  Need,
  Severity,
} from '../../model/vocabulary';

/** Threagile's words, mapped to the model's. */

export const KINDS: Readonly<Record<string, ElementKind>> = {
  'external-entity': 'external-entity',
  process: 'process',
  datastore: 'data-store',
};

/** Threagile ranks restricted below confidential; the model ranks it above. */
export const CLASSIFICATIONS: Readonly<Record<string, Classification>> = {
  public: 'public',
  internal: 'internal',
  restricted: 'confidential',
  confidential: 'confidential',
  'strictly-confidential': 'restricted',
};

export const CONFIDENTIALITY: Readonly<Record<string, Need>> = {
  public: 'low',
  internal: 'low',
  restricted: 'medium',
  confidential: 'high',
  'strictly-confidential': 'high',
};

/** Integrity, availability and business criticality share one scale. */
export const CRITICALITY: Readonly<Record<string, Need>> = {
  archive: 'low',
  operational: 'low',
  important: 'medium',
  critical: 'high',
  'mission-critical': 'high',
};

/** The more critical the business, the less residual risk it accepts. */
export const TOLERANCE: Readonly<Record<string, Severity>> = {
  archive: 'high',
  operational: 'medium',
  important: 'low',
  critical: 'note',
  'mission-critical': 'note',
};

export const AUTHENTICATION: Readonly<Record<string, AuthenticationMethod>> = {
  none: 'none',
  credentials: 'password',
  'session-id': 'token',
  token: 'token',
  'client-certificate': 'certificate',
  'two-factor': 'mfa',
  externalized: 'sso',
};

/** From weakest to strongest, to pick an element's weakest way in. */
export const AUTHENTICATION_STRENGTH: readonly AuthenticationMethod[] = [
  'none',
  'password',
  'api-key',
  'token',
  'sso',
  'certificate',
  'mtls',
  'mfa',
];

// prettier-ignore
export const TECHNOLOGIES: Readonly<Record<string, ElementSubtype>> = {
  browser: 'browser', desktop: 'desktop-app', 'mobile-app': 'mobile-app',
  'devops-client': 'desktop-app', cli: 'desktop-app', 'iot-device': 'iot-device',
  'web-server': 'web-application', 'web-application': 'web-application', cms: 'web-application',
  'application-server': 'service', 'web-service-rest': 'service', 'web-service-soap': 'service',
  ejb: 'service', erp: 'service', 'search-engine': 'service', 'service-registry': 'service',
  'event-listener': 'service', 'report-engine': 'service', 'mail-server': 'service',
  monitoring: 'service', 'code-inspection-platform': 'service', mainframe: 'service',
  'stream-processing': 'service', 'reverse-proxy': 'reverse-proxy', 'service-mesh': 'reverse-proxy',
  'load-balancer': 'load-balancer', gateway: 'api-gateway', waf: 'firewall', ids: 'firewall',
  ips: 'firewall', 'build-pipeline': 'ci-pipeline', 'identity-provider': 'identity-provider',
  'ldap-server': 'identity-provider', 'container-platform': 'container',
  'batch-processing': 'batch-job', scheduler: 'batch-job', task: 'batch-job',
  function: 'function', 'message-queue': 'queue', ai: 'ml-model', database: 'database',
  'identity-store-ldap': 'database', 'identity-store-database': 'database',
  'search-index': 'database', 'file-server': 'file-system', 'local-file-system': 'file-system',
  'block-storage': 'file-system', 'sourcecode-repository': 'file-system',
  'artifact-registry': 'object-storage', 'data-lake': 'data-warehouse',
  'big-data-platform': 'data-warehouse', vault: 'secret-store', hsm: 'secret-store',
};

/** Subtypes that only a data store can have. */
export const STORE_SUBTYPES: ReadonlySet<ElementSubtype> =
  new Set<ElementSubtype>([
    'database',
    'cache',
    'queue',
    'object-storage',
    'file-system',
    'log-store',
    'secret-store',
    'data-warehouse',
  ]);

/** Protocols that encrypt in transit; `-encrypted` variants do too. */
const ENCRYPTED = new Set([
  'https',
  'wss',
  'ssh',
  'ssh-tunnel',
  'ftps',
  'sftp',
  'scp',
  'ldaps',
]);

/** Calls that never cross a network, so encryption does not apply. */
const LOCAL = new Set([
  'local-file-access',
  'in-process-library-call',
  'container-spawning',
  'unknown-protocol',
]);

/** A link's protocol as the model names it, and whether it encrypts. */
export function linkProtocol(protocol: string): {
  protocol: string;
  encrypted?: boolean;
} {
  const name = protocol.trim().toLowerCase().slice(0, 40);
  if (name.endsWith('-encrypted')) {
    return {
      protocol: `${name.slice(0, -'-encrypted'.length)}+tls`,
      encrypted: true,
    };
  }
  if (LOCAL.has(name)) return { protocol: name };
  return { protocol: name, encrypted: ENCRYPTED.has(name) };
}
