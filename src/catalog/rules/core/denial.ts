import type { RuleInput } from '../../input';
import { OUTSIDE_SYSTEMS } from '../conditions';

/**
 * Core denial-of-service rules on elements: floods and expensive requests,
 * destroyed or overwhelmed stores, and outside dependencies that fail.
 */
export const CORE_DENIAL: readonly RuleInput[] = [
  {
    id: 'CORE-D-01',
    title: 'The process is exhausted by a flood of requests',
    description:
      'Without limits per caller, any client that can reach the process can ' +
      'use up its threads, connections or memory and deny service to ' +
      'everyone else.',
    stride: ['D'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'core',
    fallback: true,
    unless: { fact: 'attr.rateLimiting', equals: true },
    actors: ['hacktivist', 'cybercriminal'],
    attackVector: 'High-rate requests from one or many sources',
    likelihood: {
      easeOfDiscovery: 7,
      easeOfExploit: 7,
      awareness: 7,
      intrusionDetection: 4,
    },
    cwe: ['CWE-400', 'CWE-770'],
    capec: ['CAPEC-125', 'CAPEC-469'],
    owasp: [],
    mitigations: ['M-RATE-LIMIT', 'M-RESOURCE-LIMITS', 'M-SECURITY-MONITORING'],
  },
  {
    id: 'CORE-D-02',
    title: 'Expensive requests on an entry point take the service down',
    description:
      'A few requests can cost far more to serve than to send: huge or ' +
      'deeply nested bodies, backtracking regular expressions, unbounded ' +
      'page sizes or slow clients holding connections open.',
    stride: ['D'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'core',
    when: { fact: 'entryPoint', equals: true },
    unless: {
      all: [
        { fact: 'attr.rateLimiting', equals: true },
        { fact: 'attr.inputValidation', equals: true },
      ],
    },
    actors: ['hacktivist', 'external-attacker'],
    attackVector:
      'Oversized, deeply nested or pathological payloads sent to a reachable ' +
      'endpoint',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 5,
    },
    cwe: ['CWE-1333', 'CWE-409', 'CWE-770'],
    capec: ['CAPEC-492', 'CAPEC-130', 'CAPEC-227'],
    owasp: [],
    owaspApi: ['API4:2023'],
    mitigations: ['M-RESOURCE-LIMITS', 'M-RATE-LIMIT'],
  },
  {
    id: 'CORE-D-03',
    title: 'Stored data is destroyed with no way back',
    description:
      'Ransomware, a compromised account or a mistaken script can delete, ' +
      'encrypt or corrupt the data; without tested, separated backups the ' +
      'loss is permanent.',
    stride: ['D'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'core',
    fallback: true,
    unless: { fact: 'attr.backups', equals: true },
    actors: ['cybercriminal', 'malicious-insider'],
    attackVector:
      'Mass deletion or encryption through an account with write access',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 7,
      intrusionDetection: 6,
    },
    cwe: ['CWE-732'],
    capec: ['CAPEC-607'],
    owasp: [],
    mitigations: [
      'M-BACKUP-RESTORE',
      'M-INCIDENT-RESPONSE',
      'M-LEAST-PRIVILEGE',
    ],
  },
  {
    id: 'CORE-D-04',
    title: 'The store is overwhelmed by expensive queries or connections',
    description:
      'Unbounded queries, missing indexes reachable from user input and ' +
      'connection storms can saturate the store and stall every service that ' +
      'depends on it.',
    stride: ['D'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'core',
    fallback: true,
    when: { fact: 'inboundFlows', atLeast: 1 },
    unless: { fact: 'attr.rateLimiting', equals: true },
    actors: ['external-attacker', 'malicious-customer'],
    attackVector:
      'Requests that fan out into heavy queries or open many connections',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 5,
    },
    cwe: ['CWE-400', 'CWE-770'],
    capec: ['CAPEC-130', 'CAPEC-125'],
    owasp: [],
    mitigations: [
      'M-RESOURCE-LIMITS',
      'M-CIRCUIT-BREAKER',
      'M-SECURITY-MONITORING',
    ],
  },
  {
    id: 'CORE-D-05',
    title: 'An outside service the system depends on becomes unavailable',
    description:
      'An outage, throttling or attack at an outside provider stops every ' +
      'flow that waits on it; calls without timeouts or fallbacks spread the ' +
      'failure through the system.',
    stride: ['D'],
    target: 'element',
    elementKinds: ['external-entity'],
    pack: 'core',
    when: {
      all: [
        { fact: 'subtype', in: OUTSIDE_SYSTEMS },
        { fact: 'inboundFlows', atLeast: 1 },
      ],
    },
    actors: ['third-party', 'external-attacker'],
    attackVector:
      'An outage or denial-of-service at the provider, or a cut in ' +
      'connectivity to it',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 3,
      awareness: 6,
      intrusionDetection: 3,
    },
    cwe: ['CWE-1357', 'CWE-703'],
    capec: ['CAPEC-125'],
    owasp: [],
    mitigations: ['M-CIRCUIT-BREAKER', 'M-INCIDENT-RESPONSE'],
  },
];
