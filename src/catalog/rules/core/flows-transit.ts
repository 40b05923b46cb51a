import type { RuleInput } from '../../input';
import { OUTSIDE_SYSTEMS, SECURED_CHANNEL, SENSITIVE } from '../conditions';

/**
 * Core rules on flows in transit: who may send across a boundary, forged
 * replies from outside, and data read or changed on the wire.
 */
export const CORE_FLOW_TRANSIT: readonly RuleInput[] = [
  {
    id: 'CORE-S-07',
    title:
      'Calls across a trust boundary are accepted from anyone who can reach ' +
      'them',
    description:
      'Between internal zones, a receiver that does not authenticate the ' +
      'calling service trusts network position alone; any foothold in the ' +
      'sending zone can then pose as the legitimate caller.',
    stride: ['S'],
    target: 'flow',
    pack: 'core',
    when: {
      all: [
        { fact: 'crossesBoundary', equals: true },
        { fact: 'fromExternal', equals: false },
      ],
    },
    unless: { fact: 'authenticated', equals: true },
    actors: ['external-attacker', 'malicious-insider'],
    attackVector:
      'Sending requests from a compromised host in the calling zone',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-306', 'CWE-923'],
    capec: ['CAPEC-151', 'CAPEC-194'],
    owasp: ['A07:2021'],
    mitigations: ['M-SERVICE-AUTH', 'M-NETWORK-SEGMENTATION'],
  },
  {
    id: 'CORE-S-08',
    title:
      'Requests from an external party are not tied to a verified identity',
    description:
      'The receiver cannot tell this external entity apart from anyone else ' +
      'who reaches the endpoint, so requests can be sent in its name and ' +
      'responses meant for it can be requested by others.',
    stride: ['S'],
    target: 'flow',
    pack: 'core',
    fallback: true,
    when: { fact: 'fromExternal', equals: true },
    unless: { fact: 'authenticated', equals: true },
    actors: ['external-attacker', 'cybercriminal'],
    attackVector:
      'Calling the endpoint directly while claiming to be the expected party',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 4,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-306', 'CWE-287'],
    capec: ['CAPEC-151'],
    owasp: ['A07:2021'],
    mitigations: [
      'M-TOKEN-VALIDATION',
      'M-SESSION-HARDENING',
      'M-MESSAGE-SIGNATURE',
    ],
  },
  {
    id: 'CORE-S-09',
    title: 'Responses or callbacks from an outside service are forged',
    description:
      'Data arriving from a third-party, identity or payment service is ' +
      'trusted because of where it claims to come from; without a signature ' +
      'or an authenticated channel, an attacker can send the same messages.',
    stride: ['S', 'T'],
    target: 'flow',
    pack: 'core',
    when: {
      all: [
        { fact: 'source.kind', equals: 'external-entity' },
        { fact: 'source.subtype', in: OUTSIDE_SYSTEMS },
      ],
    },
    unless: { fact: 'authenticated', equals: true },
    actors: ['external-attacker', 'cybercriminal'],
    attackVector:
      'Posting forged callbacks or webhook events to the receiving endpoint',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-345', 'CWE-940'],
    capec: ['CAPEC-194', 'CAPEC-148'],
    owasp: ['A08:2021'],
    mitigations: ['M-MESSAGE-SIGNATURE', 'M-INPUT-VALIDATION'],
  },
  {
    id: 'CORE-I-08',
    title: 'Traffic across a trust boundary is read or altered in transit',
    description:
      'A flow that leaves one trust zone for another without stated ' +
      'encryption passes through networks and devices the receiver does not ' +
      'control, where it can be captured or changed.',
    stride: ['I', 'T'],
    target: 'flow',
    pack: 'core',
    when: { fact: 'crossesBoundary', equals: true },
    unless: { fact: 'encrypted', equals: true },
    actors: ['external-attacker', 'malicious-insider', 'nation-state'],
    attackVector:
      'Sniffing or an adversary-in-the-middle on the path between the two ' +
      'zones',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 3,
      awareness: 6,
      intrusionDetection: 9,
    },
    cwe: ['CWE-319', 'CWE-300'],
    capec: ['CAPEC-94', 'CAPEC-158'],
    owasp: ['A02:2021'],
    mitigations: ['M-TLS', 'M-NETWORK-SEGMENTATION'],
  },
  {
    id: 'CORE-I-09',
    title: 'Sensitive data moves in clear inside a zone',
    description:
      'A trust zone is not a private wire: any compromised host, mirror port ' +
      'or shared cloud network inside it can read confidential data sent ' +
      'over a cleartext protocol.',
    stride: ['I'],
    target: 'flow',
    pack: 'core',
    when: {
      all: [
        { fact: 'encrypted', equals: false },
        { fact: 'crossesBoundary', equals: false },
        SENSITIVE,
      ],
    },
    actors: ['malicious-insider', 'external-attacker'],
    attackVector:
      'Capturing traffic from a compromised neighbour in the same zone',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 3,
      awareness: 5,
      intrusionDetection: 9,
    },
    cwe: ['CWE-319'],
    capec: ['CAPEC-157'],
    owasp: ['A02:2021'],
    mitigations: ['M-TLS'],
  },
  {
    id: 'CORE-I-10',
    title:
      'Sensitive data goes to an outside recipient over an unverified channel',
    description:
      'Confidential data sent to an external entity needs an encrypted ' +
      'channel whose far end is verified; otherwise it can reach an ' +
      'impersonated endpoint or be read on the way.',
    stride: ['I'],
    target: 'flow',
    pack: 'core',
    when: {
      all: [{ fact: 'target.kind', equals: 'external-entity' }, SENSITIVE],
    },
    unless: SECURED_CHANNEL,
    actors: ['external-attacker', 'cybercriminal'],
    attackVector:
      'Redirecting or intercepting the outbound connection to the recipient',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 3,
      awareness: 5,
      intrusionDetection: 9,
    },
    cwe: ['CWE-201', 'CWE-319', 'CWE-295'],
    capec: ['CAPEC-117', 'CAPEC-94'],
    owasp: ['A02:2021'],
    mitigations: ['M-TLS', 'M-DATA-MINIMISATION', 'M-THIRD-PARTY-REVIEW'],
  },
];
