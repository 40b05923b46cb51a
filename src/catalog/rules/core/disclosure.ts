import type { RuleInput } from '../../input';
import { GUARDED_STORE, OUTSIDE_SYSTEMS, SENSITIVE } from '../conditions';

/**
 * Core information-disclosure rules on elements: leaky processes, stores
 * read by the wrong people or in clear, secrets and logs, and data that
 * leaves for an outside party.
 */
export const CORE_DISCLOSURE: readonly RuleInput[] = [
  {
    id: 'CORE-I-01',
    title: 'The process leaks internals in errors or responses',
    description:
      'Stack traces, debug pages, version banners and verbose error messages ' +
      'tell an attacker the technologies, paths, queries and sometimes the ' +
      'data behind the process.',
    stride: ['I'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'core',
    fallback: true,
    unless: { fact: 'attr.hardened', equals: true },
    actors: ['external-attacker', 'script-kiddie'],
    attackVector: 'Malformed requests that trigger detailed error responses',
    likelihood: {
      easeOfDiscovery: 7,
      easeOfExploit: 5,
      awareness: 7,
      intrusionDetection: 8,
    },
    cwe: ['CWE-209', 'CWE-497', 'CWE-200'],
    capec: ['CAPEC-54', 'CAPEC-215'],
    owasp: ['A05:2021'],
    mitigations: ['M-ERROR-HANDLING', 'M-HARDENING-BASELINE'],
  },
  {
    id: 'CORE-I-02',
    title: 'Secrets the process holds are exposed',
    description:
      'The credentials a process uses for the stores and services it calls ' +
      'often end up in source code, container image layers, environment ' +
      'variables, crash dumps or configuration repositories, where any ' +
      'reader gains the same access.',
    stride: ['I', 'E'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'core',
    when: { fact: 'outboundFlows', atLeast: 1 },
    unless: { fact: 'attr.secretsManaged', equals: true },
    actors: ['malicious-insider', 'external-attacker'],
    attackVector:
      'Reading a repository, image layer, function configuration, crash ' +
      'dump or configuration file',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-798', 'CWE-260', 'CWE-522', 'CWE-526'],
    capec: ['CAPEC-191', 'CAPEC-37'],
    owasp: ['A07:2021', 'A05:2021'],
    mitigations: ['M-SECRETS-VAULT', 'M-KEY-ROTATION'],
  },
  {
    id: 'CORE-I-03',
    title: 'Stored data is read by someone who should not see it',
    description:
      'A store reachable by more accounts or components than need it, or ' +
      'without access checks on each read, discloses everything in it to any ' +
      'of them.',
    stride: ['I'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'core',
    fallback: true,
    unless: GUARDED_STORE,
    actors: ['malicious-insider', 'external-attacker'],
    attackVector:
      'Querying the store with a broad service account or an unrestricted ' +
      'network path',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-200', 'CWE-284'],
    capec: ['CAPEC-1', 'CAPEC-180'],
    owasp: ['A01:2021'],
    mitigations: ['M-LEAST-PRIVILEGE', 'M-ENCRYPT-AT-REST', 'M-ACCESS-REVIEW'],
  },
  {
    id: 'CORE-I-04',
    title: 'Sensitive data is stored in clear',
    description:
      'Confidential or restricted data kept unencrypted is readable from ' +
      'every copy: disks, snapshots, backups, replicas and exports, none of ' +
      "which enforce the application's access rules.",
    stride: ['I'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'core',
    fallback: true,
    when: SENSITIVE,
    unless: { fact: 'attr.encryptionAtRest', equals: true },
    actors: ['malicious-insider', 'cybercriminal'],
    attackVector:
      'A stolen backup, snapshot, disk image or database dump read offline',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-311', 'CWE-312'],
    capec: ['CAPEC-37'],
    owasp: ['A02:2021'],
    mitigations: ['M-ENCRYPT-AT-REST', 'M-KEY-ROTATION', 'M-DATA-MINIMISATION'],
  },
  {
    id: 'CORE-I-05',
    title: 'Credentials or personal data are written to logs',
    description:
      'Logs are copied widely and read by many people and tools; passwords, ' +
      'tokens, card numbers or health data written into them escape every ' +
      'control that protects the source.',
    stride: ['I'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'core',
    when: { fact: 'subtype', equals: 'log-store' },
    actors: ['negligent-insider', 'malicious-insider'],
    attackVector:
      'Reading log files, log search tools or exported log archives',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-532'],
    capec: ['CAPEC-150'],
    owasp: ['A09:2021'],
    mitigations: ['M-NO-SENSITIVE-LOGS', 'M-LOG-PROTECTION'],
  },
  {
    id: 'CORE-I-06',
    title: 'Secrets are pulled out of the secret store in bulk',
    description:
      'A secret store that lets a workload list and read every secret, or ' +
      'that keeps no record of reads, turns one compromised workload into ' +
      'access to every system whose secret it holds.',
    stride: ['I', 'E'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'core',
    when: { fact: 'subtype', equals: 'secret-store' },
    unless: {
      all: [
        { fact: 'attr.authorization', equals: true },
        { fact: 'attr.auditTrail', equals: true },
      ],
    },
    actors: ['external-attacker', 'malicious-insider'],
    attackVector:
      'Listing and reading secrets with a compromised workload identity',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 7,
    },
    cwe: ['CWE-522', 'CWE-284'],
    capec: ['CAPEC-1', 'CAPEC-560'],
    owasp: ['A01:2021'],
    mitigations: ['M-LEAST-PRIVILEGE', 'M-AUDIT-LOG', 'M-KEY-ROTATION'],
  },
  {
    id: 'CORE-I-07',
    title:
      'Data shared with an outside party is used or kept beyond its purpose',
    description:
      "Once data reaches an outside system it follows that party's controls: " +
      'it may be retained, reused, breached or passed on, and the system ' +
      'sending it remains accountable.',
    stride: ['I'],
    target: 'element',
    elementKinds: ['external-entity'],
    pack: 'core',
    when: {
      all: [
        { fact: 'subtype', in: OUTSIDE_SYSTEMS },
        { fact: 'inboundFlows', atLeast: 1 },
      ],
    },
    actors: ['third-party'],
    attackVector:
      'A breach or misuse at the receiving party, or more fields sent than ' +
      'it needs',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 3,
      awareness: 5,
      intrusionDetection: 9,
    },
    cwe: ['CWE-201', 'CWE-359'],
    capec: ['CAPEC-118'],
    owasp: ['A04:2021'],
    mitigations: ['M-DATA-MINIMISATION', 'M-THIRD-PARTY-REVIEW'],
  },
];
