import type { RuleInput } from '../../input';

/**
 * Core rules on what a flow does at its receiver: unchecked external input,
 * injected queries and log entries, unrecorded crossings, floods, confused
 * deputies and steered outbound calls.
 */
export const CORE_FLOW_INTERACTION: readonly RuleInput[] = [
  {
    id: 'CORE-T-08',
    title: 'Untrusted input from an external party reaches a process unchecked',
    description:
      'Data from an external entity is the main way attacks arrive; a ' +
      'process that receives it without validating type, length, range and ' +
      'format is open to injection and logic abuse.',
    stride: ['T'],
    target: 'flow',
    pack: 'core',
    when: {
      all: [
        { fact: 'fromExternal', equals: true },
        { fact: 'target.kind', equals: 'process' },
      ],
    },
    unless: { fact: 'target.attr.inputValidation', equals: true },
    actors: ['external-attacker', 'malicious-customer'],
    attackVector:
      'Crafted fields in requests sent straight to the receiving process',
    likelihood: {
      easeOfDiscovery: 7,
      easeOfExploit: 5,
      awareness: 8,
      intrusionDetection: 8,
    },
    cwe: ['CWE-20'],
    capec: ['CAPEC-153', 'CAPEC-137'],
    owasp: ['A03:2021'],
    mitigations: ['M-INPUT-VALIDATION'],
  },
  {
    id: 'CORE-T-09',
    title: 'Queries sent to the data store carry injected commands',
    description:
      'When a sender builds queries from data it received, unescaped input ' +
      'becomes part of the query language and can read, change or delete ' +
      'records far beyond the request.',
    stride: ['T', 'I'],
    target: 'flow',
    pack: 'core',
    when: {
      all: [
        { fact: 'toDataStore', equals: true },
        {
          fact: 'target.subtype',
          in: ['database', 'data-warehouse', 'cache', 'generic'],
        },
      ],
    },
    unless: { fact: 'source.attr.inputValidation', equals: true },
    actors: ['external-attacker', 'cybercriminal'],
    attackVector:
      'SQL or NoSQL injection through values the sending process passes on',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 8,
      intrusionDetection: 8,
    },
    cwe: ['CWE-89', 'CWE-943'],
    capec: ['CAPEC-66', 'CAPEC-7'],
    owasp: ['A03:2021'],
    mitigations: [
      'M-PARAMETERIZED-QUERIES',
      'M-INPUT-VALIDATION',
      'M-LEAST-PRIVILEGE',
    ],
  },
  {
    id: 'CORE-R-06',
    title: 'Requests from outside are not recorded where they enter',
    description:
      'The element receiving requests from an external party is where ' +
      'misuse from outside can be seen; if it keeps no record of them, ' +
      'attacks from outside leave nothing to investigate. Between internal ' +
      "zones the receiving element's own repudiation threats say the same.",
    stride: ['R'],
    target: 'flow',
    pack: 'core',
    fallback: true,
    when: {
      all: [
        { fact: 'crossesBoundary', equals: true },
        { fact: 'fromExternal', equals: true },
      ],
    },
    unless: { fact: 'target.attr.logging', equals: true },
    actors: ['external-attacker', 'malicious-insider'],
    attackVector:
      'Probing or abusing the receiver knowing its requests are not logged',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 9,
    },
    cwe: ['CWE-778'],
    capec: ['CAPEC-268'],
    owasp: ['A09:2021'],
    mitigations: ['M-AUDIT-LOG', 'M-SECURITY-MONITORING'],
  },
  {
    id: 'CORE-R-07',
    title: 'Forged entries are written into the log',
    description:
      'A sender that copies user-controlled text into log records without ' +
      'encoding lets an attacker add fake lines, split entries or hide real ' +
      'ones, which undermines the log as evidence.',
    stride: ['R', 'T'],
    target: 'flow',
    pack: 'core',
    when: { fact: 'target.subtype', equals: 'log-store' },
    unless: { fact: 'source.attr.outputEncoding', equals: true },
    actors: ['external-attacker', 'malicious-insider'],
    attackVector:
      'Line breaks and control characters in fields that end up in log entries',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-117'],
    capec: ['CAPEC-93'],
    owasp: ['A09:2021'],
    mitigations: ['M-LOG-ENCODING', 'M-LOG-PROTECTION'],
  },
  {
    id: 'CORE-D-06',
    title: 'External traffic floods the receiving element',
    description:
      'A flow open to an external entity can be driven far beyond normal ' +
      'volume by bots or a botnet, exhausting the receiver and whatever sits ' +
      'behind it.',
    stride: ['D'],
    target: 'flow',
    pack: 'core',
    when: { fact: 'fromExternal', equals: true },
    unless: { fact: 'target.attr.rateLimiting', equals: true },
    actors: ['hacktivist', 'cybercriminal'],
    attackVector: 'Volumetric or application-layer floods from many sources',
    likelihood: {
      easeOfDiscovery: 7,
      easeOfExploit: 7,
      awareness: 7,
      intrusionDetection: 3,
    },
    cwe: ['CWE-770', 'CWE-400'],
    capec: ['CAPEC-125', 'CAPEC-488'],
    owasp: [],
    mitigations: ['M-RATE-LIMIT', 'M-SECURITY-MONITORING'],
  },
  {
    id: 'CORE-E-08',
    title: 'A less trusted sender drives a privileged element',
    description:
      'A privileged element that acts on requests from a less trusted zone ' +
      "without checking them against the sender's own rights performs " +
      "privileged work on the sender's behalf.",
    stride: ['E'],
    target: 'flow',
    pack: 'core',
    when: {
      all: [
        { fact: 'crossesBoundary', equals: true },
        { fact: 'target.privileged', equals: true },
      ],
    },
    unless: { fact: 'target.attr.authorization', equals: true },
    actors: ['malicious-insider', 'external-attacker'],
    attackVector:
      'Requests crafted in the lower-trust zone for the privileged receiver ' +
      'to carry out',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-441', 'CWE-269'],
    capec: ['CAPEC-233'],
    owasp: ['A01:2021'],
    mitigations: ['M-AUTHZ-POLICY', 'M-SERVICE-AUTH', 'M-NETWORK-SEGMENTATION'],
  },
  {
    id: 'CORE-E-09',
    title: 'Outbound calls are steered to internal targets',
    description:
      'An exposed process that calls outside services with addresses or ' +
      'paths influenced by its input can be made to reach internal hosts and ' +
      'cloud metadata endpoints instead.',
    stride: ['E', 'I'],
    target: 'flow',
    pack: 'core',
    when: {
      all: [
        { fact: 'source.kind', equals: 'process' },
        { fact: 'source.exposed', equals: true },
        { fact: 'target.kind', equals: 'external-entity' },
      ],
    },
    unless: { fact: 'source.attr.inputValidation', equals: true },
    actors: ['external-attacker'],
    attackVector:
      'A URL, host or path parameter pointing the outbound call at an ' +
      'internal address',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-918'],
    capec: ['CAPEC-664'],
    owasp: ['A10:2021'],
    mitigations: ['M-SSRF-ALLOWLIST', 'M-NETWORK-SEGMENTATION'],
  },
];
