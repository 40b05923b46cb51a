import type { RuleInput } from '../../input';

/**
 * IoT pack, continued: attribution of device actions, telemetry and command
 * channels, and edge gateways.
 */
export const IOT_LINKS: readonly RuleInput[] = [
  {
    id: 'IOT-R-01',
    title: 'Device actions cannot be attributed to a device',
    description:
      'When devices share credentials or keep no record of the commands they ' +
      'received, a harmful action in the field cannot be traced to a device, ' +
      'an operator or a command.',
    stride: ['R'],
    target: 'element',
    elementKinds: ['external-entity', 'process'],
    pack: 'iot',
    when: { fact: 'subtype', equals: 'iot-device' },
    unless: {
      any: [
        { fact: 'attr.auditTrail', equals: true },
        { fact: 'attr.logging', equals: true },
      ],
    },
    actors: ['malicious-insider', 'third-party'],
    attackVector: 'Issuing commands through a shared device credential',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 6,
      awareness: 4,
      intrusionDetection: 9,
    },
    cwe: ['CWE-778'],
    capec: ['CAPEC-268'],
    owasp: ['A09:2021'],
    mitigations: ['M-DEVICE-IDENTITY', 'M-AUDIT-LOG'],
  },
  {
    id: 'IOT-I-02',
    title: 'Device telemetry is sent in clear',
    description:
      'Readings and status sent from devices over unencrypted radio or ' +
      'network links can be captured or altered by anyone within range or on ' +
      'the path.',
    stride: ['I', 'T'],
    target: 'flow',
    pack: 'iot',
    when: { fact: 'source.subtype', equals: 'iot-device' },
    unless: { fact: 'encrypted', equals: true },
    actors: ['external-attacker', 'competitor'],
    attackVector:
      'Capturing radio or network traffic near the device or at a gateway',
    likelihood: {
      easeOfDiscovery: 6,
      easeOfExploit: 6,
      awareness: 6,
      intrusionDetection: 9,
    },
    cwe: ['CWE-319'],
    capec: ['CAPEC-157'],
    owasp: ['A02:2021'],
    mitigations: ['M-TLS'],
  },
  {
    id: 'IOT-T-02',
    title: 'Commands to devices are forged',
    description:
      'A device that acts on any well-formed command it receives, without ' +
      'checking who sent it, can be driven by anyone who reaches its ' +
      'channel.',
    stride: ['T', 'S'],
    target: 'flow',
    pack: 'iot',
    when: { fact: 'target.subtype', equals: 'iot-device' },
    unless: { fact: 'authenticated', equals: true },
    actors: ['external-attacker', 'nation-state'],
    attackVector:
      'Sending crafted commands on the device channel or through a ' +
      'compromised broker',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 6,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-345', 'CWE-306'],
    capec: ['CAPEC-194'],
    owasp: ['A08:2021'],
    mitigations: ['M-MESSAGE-SIGNATURE', 'M-DEVICE-IDENTITY'],
  },
  {
    id: 'IOT-E-02',
    title: 'An edge gateway is taken over through physical access',
    description:
      'Processes running at the edge sit in places the organisation does not ' +
      'guard; local ports, removable media and exposed consoles let a ' +
      'visitor take over the gateway and the devices behind it.',
    stride: ['E', 'T'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'iot',
    when: { fact: 'system.deployment', equals: 'edge' },
    unless: { fact: 'attr.hardened', equals: true },
    actors: ['external-attacker', 'malicious-insider'],
    attackVector: 'A laptop or USB device connected to the gateway on site',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-1263', 'CWE-250'],
    capec: ['CAPEC-390'],
    owasp: ['A05:2021'],
    mitigations: [
      'M-DEVICE-HARDENING',
      'M-NETWORK-SEGMENTATION',
      'M-INCIDENT-RESPONSE',
    ],
  },
];
