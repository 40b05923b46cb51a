import type { RuleInput } from '../../input';

/**
 * Cloud pack, continued: managed storage, data-access logging, serverless
 * cost floods, workload identity and event-triggered functions.
 */
export const CLOUD_SERVICES: readonly RuleInput[] = [
  {
    id: 'CLOUD-I-02',
    title: 'An object storage bucket is readable or writable by the public',
    description:
      'A bucket policy, access list or shared link that allows anonymous or ' +
      'any-account access exposes every object; scanners find such buckets ' +
      'within hours.',
    stride: ['I', 'T'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'cloud',
    when: { fact: 'subtype', equals: 'object-storage' },
    unless: { fact: 'attr.authorization', equals: true },
    actors: ['script-kiddie', 'cybercriminal'],
    attackVector:
      'Listing and reading the bucket anonymously from the internet',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 7,
    },
    cwe: ['CWE-732', 'CWE-284'],
    capec: ['CAPEC-180'],
    owasp: ['A01:2021', 'A05:2021'],
    mitigations: ['M-BUCKET-POLICY', 'M-CLOUD-POSTURE'],
  },
  {
    id: 'CLOUD-R-01',
    title: 'Data access on a managed cloud store is not logged',
    description:
      'Managed stores usually log configuration changes but not reads and ' +
      'writes of the data itself unless asked; a leak through valid ' +
      'credentials then leaves no trace.',
    stride: ['R'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'cloud',
    when: {
      fact: 'subtype',
      in: [
        'object-storage',
        'database',
        'secret-store',
        'data-warehouse',
        'queue',
      ],
    },
    unless: { fact: 'attr.auditTrail', equals: true },
    actors: ['malicious-insider', 'external-attacker'],
    attackVector:
      'Reading data with valid cloud credentials while data-access logs are ' +
      'off',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 9,
    },
    cwe: ['CWE-778'],
    capec: ['CAPEC-268'],
    owasp: ['A09:2021'],
    mitigations: ['M-AUDIT-LOG', 'M-CLOUD-POSTURE'],
  },
  {
    id: 'CLOUD-D-01',
    title: 'A flood of calls runs up the serverless bill',
    description:
      'Functions scale with demand, so a flood does not take them down but ' +
      'turns into cost, and concurrency limits shared across the account ' +
      'then starve other functions.',
    stride: ['D'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'cloud',
    when: {
      all: [
        { fact: 'subtype', equals: 'function' },
        { fact: 'entryPoint', equals: true },
      ],
    },
    unless: { fact: 'attr.rateLimiting', equals: true },
    actors: ['hacktivist', 'competitor'],
    attackVector: 'Sustained high-rate invocation of a public function',
    likelihood: {
      easeOfDiscovery: 7,
      easeOfExploit: 7,
      awareness: 6,
      intrusionDetection: 5,
    },
    cwe: ['CWE-770', 'CWE-400'],
    capec: ['CAPEC-125'],
    owasp: [],
    mitigations: ['M-RATE-LIMIT', 'M-SPEND-ALERTS'],
  },
  {
    id: 'CLOUD-S-01',
    title: 'Workloads in the same zone trust each other by network position',
    description:
      'Inside a cluster or virtual network, a service that accepts any ' +
      'caller from the same zone can be called by any compromised neighbour ' +
      'pretending to be a legitimate peer.',
    stride: ['S'],
    target: 'flow',
    pack: 'cloud',
    when: {
      all: [
        { fact: 'source.kind', equals: 'process' },
        { fact: 'target.kind', equals: 'process' },
        { fact: 'crossesBoundary', equals: false },
      ],
    },
    unless: { fact: 'authenticated', equals: true },
    actors: ['external-attacker', 'malicious-insider'],
    attackVector:
      'Calling the peer service from another compromised workload in the zone',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-306', 'CWE-923'],
    capec: ['CAPEC-194'],
    owasp: ['A07:2021'],
    mitigations: ['M-SERVICE-AUTH', 'M-NETWORK-SEGMENTATION'],
  },
  {
    id: 'CLOUD-T-02',
    title: 'Events from a store trigger a function with crafted input',
    description:
      'Functions triggered by uploads, queue messages or table changes treat ' +
      'the event as trusted; whoever can write to the source can feed the ' +
      'function file names, keys and content of their choosing.',
    stride: ['T'],
    target: 'flow',
    pack: 'cloud',
    when: {
      all: [
        { fact: 'target.subtype', equals: 'function' },
        { fact: 'source.kind', equals: 'data-store' },
      ],
    },
    unless: { fact: 'target.attr.inputValidation', equals: true },
    actors: ['external-attacker', 'malicious-customer'],
    attackVector:
      'Uploading objects or writing messages crafted to exploit the ' +
      'triggered function',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-20', 'CWE-94'],
    capec: ['CAPEC-153'],
    owasp: ['A03:2021'],
    mitigations: ['M-INPUT-VALIDATION', 'M-LEAST-PRIVILEGE'],
  },
];
