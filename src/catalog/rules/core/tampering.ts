import type { RuleInput } from '../../input';
import { PASS_THROUGH } from '../conditions';

/**
 * Core tampering rules on elements: injection into processes, crafted
 * requests from outside, unauthorised writes to stores and poisoned caches
 * and queues. CORE-T-05 is the catch-all for stores; CORE-T-01 covers
 * every process that interprets its input (not a load balancer, reverse
 * proxy or firewall, which pass requests on).
 */
export const CORE_TAMPERING: readonly RuleInput[] = [
  {
    id: 'CORE-T-01',
    title: 'Malicious input changes what the process does',
    description:
      'Input the process does not validate can carry injection payloads ' +
      '(SQL, command, template, serialised objects) or out-of-range values ' +
      'that change its logic or the data it writes.',
    stride: ['T'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'core',
    when: { not: { fact: 'subtype', in: PASS_THROUGH } },
    unless: { fact: 'attr.inputValidation', equals: true },
    actors: ['external-attacker', 'malicious-customer'],
    attackVector:
      'Crafted parameters, headers or message bodies carrying injection ' +
      'payloads',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 7,
      intrusionDetection: 7,
    },
    cwe: ['CWE-20', 'CWE-74', 'CWE-502'],
    capec: ['CAPEC-153', 'CAPEC-248', 'CAPEC-586'],
    owasp: ['A03:2021', 'A08:2021'],
    mitigations: ['M-INPUT-VALIDATION', 'M-PARAMETERIZED-QUERIES'],
  },
  {
    id: 'CORE-T-02',
    title: "Cross-site scripting runs attacker script in users' browsers",
    description:
      'A web application that places user-supplied text in pages without ' +
      'encoding it for the context lets an attacker run script as the ' +
      'victim: steal the session, change what the page shows, or act on the ' +
      "user's behalf.",
    stride: ['T', 'I'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'core',
    when: { fact: 'subtype', equals: 'web-application' },
    unless: { fact: 'attr.outputEncoding', equals: true },
    actors: ['external-attacker', 'cybercriminal'],
    attackVector:
      'Script stored in or reflected through content the application renders',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 7,
      intrusionDetection: 8,
    },
    cwe: ['CWE-79', 'CWE-116'],
    capec: ['CAPEC-63', 'CAPEC-592'],
    owasp: ['A03:2021'],
    mitigations: ['M-OUTPUT-ENCODING', 'M-CSP-SRI'],
  },
  {
    id: 'CORE-T-03',
    title: 'The build pipeline ships malicious code',
    description:
      'Whoever can change the pipeline definition, its runners or the ' +
      'dependencies it pulls can place code in every release, with the ' +
      'credentials the pipeline holds for production.',
    stride: ['T', 'E'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'core',
    when: { fact: 'subtype', equals: 'ci-pipeline' },
    unless: {
      all: [
        { fact: 'attr.hardened', equals: true },
        { fact: 'attr.secretsManaged', equals: true },
      ],
    },
    actors: ['malicious-insider', 'nation-state'],
    attackVector:
      'A poisoned dependency, a tampered pipeline file or a compromised ' +
      'build runner',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-494', 'CWE-829'],
    capec: ['CAPEC-444', 'CAPEC-511', 'CAPEC-538'],
    owasp: ['A08:2021'],
    mitigations: [
      'M-PIPELINE-HARDENING',
      'M-SIGNED-ARTIFACTS',
      'M-SECRETS-VAULT',
    ],
  },
  {
    id: 'CORE-T-04',
    title: 'Requests from the external entity are crafted or altered',
    description:
      'Everything an external party sends is under its control: prices, ' +
      'quantities, identifiers, hidden fields and any check made on the ' +
      'client can be changed before the request arrives.',
    stride: ['T'],
    target: 'element',
    elementKinds: ['external-entity'],
    pack: 'core',
    when: { fact: 'outboundFlows', atLeast: 1 },
    actors: ['malicious-customer', 'external-attacker'],
    attackVector:
      'An intercepting proxy or a scripted client editing requests before ' +
      'they are sent',
    likelihood: {
      easeOfDiscovery: 7,
      easeOfExploit: 7,
      awareness: 9,
      intrusionDetection: 8,
    },
    cwe: ['CWE-602', 'CWE-472'],
    capec: ['CAPEC-162', 'CAPEC-77'],
    owasp: ['A04:2021'],
    mitigations: ['M-INPUT-VALIDATION', 'M-AUTHZ-POLICY'],
  },
  {
    id: 'CORE-T-05',
    title: 'Stored data is changed without authorisation',
    description:
      'Records in the store can be altered or deleted by any account or ' +
      'component that reaches it with write access, whether or not its role ' +
      'should allow that change.',
    stride: ['T'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'core',
    fallback: true,
    unless: { fact: 'attr.authorization', equals: true },
    actors: ['malicious-insider', 'external-attacker'],
    attackVector:
      'Direct writes through an over-privileged account or an exposed ' +
      'administration port',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-732', 'CWE-862'],
    capec: ['CAPEC-1', 'CAPEC-180'],
    owasp: ['A01:2021'],
    mitigations: ['M-LEAST-PRIVILEGE', 'M-AUDIT-LOG', 'M-BACKUP-RESTORE'],
  },
  {
    id: 'CORE-T-06',
    title: 'The cache is poisoned with attacker-chosen entries',
    description:
      'A cache that keys entries on only part of a request, or that any ' +
      "client can write to, serves one attacker's response or data to every " +
      'later reader.',
    stride: ['T'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'core',
    when: { fact: 'subtype', equals: 'cache' },
    unless: { fact: 'attr.authorization', equals: true },
    actors: ['external-attacker'],
    attackVector:
      'Requests with unkeyed headers or parameters, or direct writes to an ' +
      'open cache',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-349', 'CWE-345'],
    capec: ['CAPEC-141'],
    owasp: ['A08:2021'],
    mitigations: ['M-INPUT-VALIDATION', 'M-SERVICE-AUTH'],
  },
  {
    id: 'CORE-T-07',
    title: 'Messages are injected into or altered on the queue',
    description:
      'Consumers trust what they read from a queue or broker; a producer ' +
      'that is not authenticated, or a message that is not signed, lets an ' +
      'attacker trigger actions or change their data.',
    stride: ['T', 'S'],
    target: 'element',
    elementKinds: ['process', 'data-store'],
    pack: 'core',
    when: { fact: 'subtype', in: ['queue', 'message-broker'] },
    unless: {
      fact: 'attr.authentication',
      in: ['mtls', 'certificate', 'token'],
    },
    actors: ['malicious-insider', 'external-attacker'],
    attackVector:
      'Publishing forged or altered messages to a topic or queue the ' +
      'attacker can reach',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-345', 'CWE-306'],
    capec: ['CAPEC-194', 'CAPEC-384'],
    owasp: ['A08:2021'],
    mitigations: ['M-SERVICE-AUTH', 'M-MESSAGE-SIGNATURE'],
  },
];
