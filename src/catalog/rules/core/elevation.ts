import type { RuleInput } from '../../input';
import { IDENTITY_SERVICE } from '../conditions';

/**
 * Core elevation-of-privilege rules on elements: missing authorisation,
 * manipulated identities, vulnerable exposed components, over-broad access
 * and escapes from a store to its host.
 */
export const CORE_ELEVATION: readonly RuleInput[] = [
  {
    id: 'CORE-E-01',
    title:
      'Missing authorisation lets callers reach functions above their role',
    description:
      'A process that authenticates callers but does not check each request ' +
      "against what the caller may do lets any user reach other users' data " +
      'or administrative functions.',
    stride: ['E'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'core',
    fallback: true,
    unless: { fact: 'attr.authorization', equals: true },
    actors: ['malicious-customer', 'malicious-insider'],
    attackVector:
      'Calling functions or object ids the user interface never offers the ' +
      'caller',
    likelihood: {
      easeOfDiscovery: 6,
      easeOfExploit: 5,
      awareness: 7,
      intrusionDetection: 8,
    },
    cwe: ['CWE-862', 'CWE-863', 'CWE-285'],
    capec: ['CAPEC-1', 'CAPEC-122'],
    owasp: ['A01:2021'],
    mitigations: ['M-AUTHZ-POLICY', 'M-LEAST-PRIVILEGE'],
  },
  {
    id: 'CORE-E-02',
    title: 'Roles or claims in issued identities are manipulated',
    description:
      'An identity service that lets users choose their own roles, groups or ' +
      'scopes at sign-up, profile update or token exchange, or that passes ' +
      'upstream claims through unmapped, hands out privileges it should not.',
    stride: ['E'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'core',
    when: IDENTITY_SERVICE,
    unless: { fact: 'attr.authorization', equals: true },
    actors: ['malicious-customer', 'external-attacker'],
    attackVector:
      'Adding role, group or scope fields to sign-up, profile or token ' +
      'requests',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-269', 'CWE-915'],
    capec: ['CAPEC-233'],
    owasp: ['A01:2021', 'A07:2021'],
    mitigations: ['M-AUTHZ-POLICY', 'M-TOKEN-VALIDATION', 'M-MASS-ASSIGNMENT'],
  },
  {
    id: 'CORE-E-03',
    title: 'A known vulnerability in an exposed component gives code execution',
    description:
      'Frameworks, libraries and servers reachable from outside are scanned ' +
      'for published vulnerabilities within hours of disclosure; an ' +
      'unpatched one can give the attacker the process itself.',
    stride: ['E', 'T'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'core',
    when: { fact: 'exposed', equals: true },
    unless: { fact: 'attr.hardened', equals: true },
    actors: ['cybercriminal', 'script-kiddie'],
    attackVector:
      'Automated scanning for and exploitation of published vulnerabilities',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 7,
      intrusionDetection: 6,
    },
    cwe: ['CWE-1395', 'CWE-1104'],
    capec: ['CAPEC-310'],
    owasp: ['A06:2021'],
    mitigations: ['M-SBOM-PATCHING', 'M-HARDENING-BASELINE'],
  },
  {
    id: 'CORE-E-04',
    title: 'Privileged functions fall to a single stolen credential',
    description:
      'Administrative and privileged operations protected by a password ' +
      'alone are one phishing email or reused password away from full ' +
      'control.',
    stride: ['E', 'S'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'core',
    when: { fact: 'privileged', equals: true },
    unless: { fact: 'attr.authentication', equals: 'mfa' },
    actors: ['cybercriminal', 'malicious-insider'],
    attackVector:
      'A phished or reused administrator password used on the privileged ' +
      'interface',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 7,
      intrusionDetection: 7,
    },
    cwe: ['CWE-308', 'CWE-269'],
    capec: ['CAPEC-122', 'CAPEC-560'],
    owasp: ['A01:2021', 'A07:2021'],
    mitigations: ['M-ADMIN-ISOLATION', 'M-MFA', 'M-ACCESS-REVIEW'],
  },
  {
    id: 'CORE-E-05',
    title: 'An outside party holds broader access than its role needs',
    description:
      'API keys, OAuth scopes and accounts granted to this party often allow ' +
      'more than it uses; if it is compromised or turns hostile, every extra ' +
      'permission works against the system.',
    stride: ['E'],
    target: 'element',
    elementKinds: ['external-entity'],
    pack: 'core',
    fallback: true,
    unless: { fact: 'attr.authorization', equals: true },
    actors: ['third-party', 'malicious-customer'],
    attackVector: 'Using granted keys, scopes or roles beyond the intended use',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-250', 'CWE-266'],
    capec: ['CAPEC-122'],
    owasp: ['A01:2021'],
    mitigations: ['M-LEAST-PRIVILEGE', 'M-ACCESS-REVIEW'],
  },
  {
    id: 'CORE-E-06',
    title: 'The application account on the store can do far more than it needs',
    description:
      'Applications often connect as the store owner; an injection or a ' +
      'stolen credential then gets schema changes, every table and ' +
      'administrative commands instead of the few operations the application ' +
      'uses.',
    stride: ['E'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'core',
    fallback: true,
    unless: { fact: 'attr.authorization', equals: true },
    actors: ['external-attacker', 'malicious-insider'],
    attackVector:
      'Abusing the application connection after an injection or credential ' +
      'theft',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 3,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-250'],
    capec: ['CAPEC-122'],
    owasp: ['A01:2021'],
    mitigations: ['M-LEAST-PRIVILEGE'],
  },
  {
    id: 'CORE-E-07',
    title: 'Database features are used to reach the host',
    description:
      'Stored procedures, user-defined functions, file export and external ' +
      'table features let a database session run commands or write files on ' +
      'the server and move beyond the data.',
    stride: ['E'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'core',
    when: { fact: 'subtype', in: ['database', 'data-warehouse'] },
    unless: { fact: 'attr.hardened', equals: true },
    actors: ['external-attacker'],
    attackVector:
      'Calling command-execution or file-write features from a database ' +
      'session',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 3,
      awareness: 4,
      intrusionDetection: 8,
    },
    cwe: ['CWE-250', 'CWE-78'],
    capec: ['CAPEC-470'],
    owasp: ['A05:2021'],
    mitigations: ['M-HARDENING-BASELINE', 'M-LEAST-PRIVILEGE'],
  },
];
