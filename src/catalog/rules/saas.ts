import type { RuleInput } from '../input';

/**
 * SaaS pack: tenant isolation in stores, caches, queues and identity,
 * per-tenant capacity, and operator access to tenant data. Applies when the
 * system context names tenants or SaaS.
 */
export const SAAS_RULES: readonly RuleInput[] = [
  {
    id: 'SAAS-I-01',
    title: "One tenant reads another tenant's data in a shared store",
    description:
      'When tenants share tables, buckets or indexes, one missing tenant ' +
      "filter in a query, report or export returns other customers' data.",
    stride: ['I'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'saas',
    unless: { fact: 'attr.authorization', equals: true },
    actors: ['malicious-customer'],
    attackVector:
      'Requests that reach a query, export or search missing its tenant filter',
    likelihood: {
      easeOfDiscovery: 6,
      easeOfExploit: 6,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-284', 'CWE-639'],
    capec: ['CAPEC-1'],
    owasp: ['A01:2021'],
    mitigations: ['M-TENANT-ISOLATION', 'M-SECURITY-MONITORING'],
  },
  {
    id: 'SAAS-E-01',
    title: 'The tenant named in a request is trusted',
    description:
      'A service that takes the tenant id from a header, path or body ' +
      'instead of the authenticated session lets any customer act inside ' +
      'another tenant by changing one value.',
    stride: ['E'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'saas',
    when: { fact: 'entryPoint', equals: true },
    unless: { fact: 'attr.authorization', equals: true },
    actors: ['malicious-customer'],
    attackVector:
      'Changing the tenant id in a header, path or body of a valid request',
    likelihood: {
      easeOfDiscovery: 6,
      easeOfExploit: 7,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-639', 'CWE-807'],
    capec: ['CAPEC-77'],
    owasp: ['A01:2021'],
    owaspApi: ['API1:2023'],
    mitigations: ['M-TENANT-ISOLATION', 'M-OBJECT-AUTHZ'],
  },
  {
    id: 'SAAS-T-01',
    title: 'Shared caches and queues mix data across tenants',
    description:
      'Caches, queues and buckets shared by tenants, with keys or topics ' +
      "that do not carry the tenant, let one tenant's data or messages reach " +
      "or overwrite another's.",
    stride: ['T', 'I'],
    target: 'element',
    elementKinds: ['process', 'data-store'],
    pack: 'saas',
    when: {
      fact: 'subtype',
      in: ['cache', 'queue', 'message-broker', 'object-storage'],
    },
    unless: { fact: 'attr.authorization', equals: true },
    actors: ['malicious-customer'],
    attackVector:
      "Crafting keys or messages that collide with another tenant's",
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-668', 'CWE-653'],
    capec: ['CAPEC-180'],
    owasp: ['A01:2021'],
    mitigations: ['M-TENANT-ISOLATION'],
  },
  {
    id: 'SAAS-D-01',
    title: 'One tenant starves the others of shared capacity',
    description:
      'Without per-tenant quotas, a large import, a runaway integration or a ' +
      'hostile customer uses up shared workers, connections and storage for ' +
      'everyone.',
    stride: ['D'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'saas',
    unless: { fact: 'attr.rateLimiting', equals: true },
    actors: ['malicious-customer'],
    attackVector: 'Bulk jobs or call bursts from a single tenant',
    likelihood: {
      easeOfDiscovery: 6,
      easeOfExploit: 7,
      awareness: 6,
      intrusionDetection: 5,
    },
    cwe: ['CWE-770', 'CWE-400'],
    capec: ['CAPEC-130'],
    owasp: [],
    mitigations: ['M-RATE-LIMIT', 'M-RESOURCE-LIMITS'],
  },
  {
    id: 'SAAS-S-01',
    title: "A tenant's identity provider signs users into another tenant",
    description:
      'Per-tenant single sign-on that maps users by e-mail or trusts any ' +
      'configured issuer lets an administrator of one tenant assert ' +
      'identities that belong to another.',
    stride: ['S'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'saas',
    when: { fact: 'authenticates', equals: true },
    actors: ['malicious-customer'],
    attackVector:
      'A tenant-configured identity provider asserting users of another tenant',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 6,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-287', 'CWE-290'],
    capec: ['CAPEC-151'],
    owasp: ['A07:2021'],
    mitigations: ['M-TOKEN-VALIDATION', 'M-TENANT-ISOLATION'],
  },
  {
    id: 'SAAS-R-01',
    title: 'Tenants cannot see what administrators did in their account',
    description:
      'Customers need a trail of administrative and support actions in their ' +
      'tenant; without one, a rogue operator or a compromised admin account ' +
      'acts unseen and disputes cannot be settled.',
    stride: ['R'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'saas',
    when: { fact: 'privileged', equals: true },
    unless: { fact: 'attr.auditTrail', equals: true },
    actors: ['malicious-insider', 'malicious-customer'],
    attackVector:
      'Acting in a tenant through an administrative or support path without ' +
      'a trail',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 6,
      awareness: 5,
      intrusionDetection: 9,
    },
    cwe: ['CWE-778'],
    capec: ['CAPEC-268'],
    owasp: ['A09:2021'],
    mitigations: ['M-AUDIT-LOG', 'M-SUPPORT-ACCESS'],
  },
  {
    id: 'SAAS-E-02',
    title: "Operators reach tenant data without the tenant's consent",
    description:
      "Support and operations tools that open any tenant's data make every " +
      'operator account a path into every customer; abuse or compromise of ' +
      'one reaches all.',
    stride: ['E', 'I'],
    target: 'element',
    elementKinds: ['process', 'data-store'],
    pack: 'saas',
    when: { fact: 'privileged', equals: true },
    unless: {
      all: [
        { fact: 'attr.auditTrail', equals: true },
        { fact: 'attr.authentication', equals: 'mfa' },
      ],
    },
    actors: ['malicious-insider', 'cybercriminal'],
    attackVector: 'Browsing customer data through internal support tooling',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 6,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-269', 'CWE-284'],
    capec: ['CAPEC-122'],
    owasp: ['A01:2021'],
    mitigations: ['M-SUPPORT-ACCESS', 'M-ACCESS-REVIEW'],
  },
];
