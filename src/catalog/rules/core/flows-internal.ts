import type { RuleInput } from '../../input';
import { SECURED_CHANNEL } from '../conditions';

/**
 * The last word on a flow that no other rule speaks of: one inside a
 * single trust zone, between internal elements, or one across a boundary
 * that is both encrypted and authenticated (an unprotected crossing has
 * CORE-S-07 and CORE-I-08 already). STRIDE per element still asks whether
 * such a flow can be read or altered on the way, and whether the receiver
 * survives it stopping or flooding, however well it is protected in
 * transit. Both stay off the other crossings, where they would only
 * repeat the rules that speak of them.
 */
export const CORE_FLOW_INTERNAL: readonly RuleInput[] = [
  {
    id: 'CORE-T-10',
    title: 'Data on an internal flow is read or altered by a neighbour',
    description:
      'A flow that stays inside one zone still crosses a network or a host ' +
      'that other workloads share; unless it is encrypted and the receiver ' +
      'authenticates the sender, a compromised neighbour can read it, change ' +
      'it or send its own.',
    stride: ['T', 'I'],
    target: 'flow',
    pack: 'core',
    fallback: true,
    when: { fact: 'crossesBoundary', equals: false },
    unless: {
      all: [
        { fact: 'encrypted', equals: true },
        { fact: 'authenticated', equals: true },
      ],
    },
    actors: ['malicious-insider', 'external-attacker'],
    attackVector:
      'Sniffing or injecting traffic from a compromised workload in the same zone',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 3,
      awareness: 4,
      intrusionDetection: 7,
    },
    cwe: ['CWE-319', 'CWE-345'],
    capec: ['CAPEC-157', 'CAPEC-94'],
    owasp: ['A02:2021'],
    mitigations: ['M-SERVICE-AUTH', 'M-TLS'],
  },
  {
    id: 'CORE-D-07',
    title: 'The receiver stalls when this flow floods or stops',
    description:
      'An element waiting on this flow without timeouts, limits or a ' +
      'fallback fails with it: a burst from a misbehaving sender, or a ' +
      'sender that hangs, spreads the outage to everything downstream.',
    stride: ['D'],
    target: 'flow',
    pack: 'core',
    fallback: true,
    when: {
      any: [{ fact: 'crossesBoundary', equals: false }, SECURED_CHANNEL],
    },
    unless: { fact: 'target.attr.rateLimiting', equals: true },
    actors: ['malicious-insider', 'external-attacker'],
    attackVector:
      'Driving an upstream component to flood or hang the dependency it calls',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 4,
      awareness: 4,
      intrusionDetection: 4,
    },
    cwe: ['CWE-400', 'CWE-1088'],
    capec: ['CAPEC-125'],
    owasp: [],
    mitigations: ['M-CIRCUIT-BREAKER', 'M-RESOURCE-LIMITS'],
  },
];
