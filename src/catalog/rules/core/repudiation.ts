import type { RuleInput } from '../../input';
import { RESTRICTED } from '../conditions';

/**
 * Core repudiation rules on elements: actions nobody can attribute, and
 * audit trails that can be rewritten. One catch-all per element kind.
 */
export const CORE_REPUDIATION: readonly RuleInput[] = [
  {
    id: 'CORE-R-01',
    title: 'Actions through the process cannot be traced to who made them',
    description:
      'Without security events recorded with who, what and when, a user or ' +
      'operator can deny an action and an investigation cannot tell what ' +
      'happened or how far it went.',
    stride: ['R'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'core',
    fallback: true,
    unless: {
      any: [
        { fact: 'attr.logging', equals: true },
        { fact: 'attr.auditTrail', equals: true },
      ],
    },
    actors: ['malicious-insider', 'malicious-customer'],
    attackVector:
      'Acting through the process and later disputing it, knowing nothing ' +
      'was recorded',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 9,
    },
    cwe: ['CWE-778', 'CWE-223'],
    capec: ['CAPEC-268'],
    owasp: ['A09:2021'],
    mitigations: ['M-AUDIT-LOG', 'M-SECURITY-MONITORING'],
  },
  {
    id: 'CORE-R-02',
    title: 'Sensitive operations leave no tamper-evident trail',
    description:
      'Privileged operations and changes to restricted data need a record ' +
      'their own operators cannot edit; plain application logs can be ' +
      'rewritten by the same people whose actions they record.',
    stride: ['R'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'core',
    when: { any: [{ fact: 'privileged', equals: true }, RESTRICTED] },
    unless: { fact: 'attr.auditTrail', equals: true },
    actors: ['malicious-insider'],
    attackVector:
      'An administrator acting and then editing or deleting the application ' +
      'log',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 9,
    },
    cwe: ['CWE-778', 'CWE-223'],
    capec: ['CAPEC-268'],
    owasp: ['A09:2021'],
    mitigations: ['M-AUDIT-LOG', 'M-LOG-PROTECTION', 'M-ACCESS-REVIEW'],
  },
  {
    id: 'CORE-R-03',
    title: 'External party denies an action it took',
    description:
      'A customer, partner or outside system can dispute an order, payment ' +
      'or change when the system cannot show who acted, when, and with what ' +
      'proof of identity.',
    stride: ['R'],
    target: 'element',
    elementKinds: ['external-entity'],
    pack: 'core',
    fallback: true,
    unless: { fact: 'attr.auditTrail', equals: true },
    actors: ['malicious-customer', 'third-party'],
    attackVector: 'Disputing a transaction or request after the fact',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 9,
    },
    cwe: ['CWE-778'],
    capec: ['CAPEC-268'],
    owasp: ['A09:2021'],
    mitigations: ['M-AUDIT-LOG', 'M-MFA'],
  },
  {
    id: 'CORE-R-04',
    title: 'Changes to stored data cannot be attributed',
    description:
      'If the store does not record which identity changed or deleted each ' +
      'record, a harmful change cannot be traced, undone with confidence or ' +
      'proven in a dispute.',
    stride: ['R'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'core',
    fallback: true,
    unless: {
      any: [
        { fact: 'attr.auditTrail', equals: true },
        { fact: 'attr.logging', equals: true },
      ],
    },
    actors: ['malicious-insider', 'negligent-insider'],
    attackVector: 'Editing records through a shared or service account',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 9,
    },
    cwe: ['CWE-778'],
    capec: ['CAPEC-268'],
    owasp: ['A09:2021'],
    mitigations: ['M-AUDIT-LOG', 'M-ACCESS-REVIEW'],
  },
  {
    id: 'CORE-R-05',
    title: 'Audit records are altered or deleted to hide activity',
    description:
      'A log store that the people or services it records can write to, ' +
      "truncate or reconfigure cannot prove anything: an intruder's first " +
      'step is often to clear the trail.',
    stride: ['R', 'T'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'core',
    fallback: true,
    when: { fact: 'subtype', equals: 'log-store' },
    unless: { fact: 'attr.auditTrail', equals: true },
    actors: ['malicious-insider', 'external-attacker'],
    attackVector:
      'Write or delete access to the log store, or entries rewritten before ' +
      'they are shipped',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-117', 'CWE-284'],
    capec: ['CAPEC-268', 'CAPEC-93', 'CAPEC-81'],
    owasp: ['A09:2021'],
    mitigations: ['M-LOG-PROTECTION', 'M-AUDIT-LOG', 'M-SECURITY-MONITORING'],
  },
];
