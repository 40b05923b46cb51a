import type { RuleInput } from '../../input';

/**
 * IoT pack: threats to devices in the field (cloning, firmware, physical
 * extraction, default credentials, jamming). Applies to IoT and edge systems
 * and to models with an iot-device, whatever kind it is drawn as.
 */
export const IOT_DEVICES: readonly RuleInput[] = [
  {
    id: 'IOT-S-01',
    title: 'A device is cloned or impersonated',
    description:
      'Devices that share a secret or prove identity with a serial number ' +
      'can be copied: one extracted credential lets an attacker run fake ' +
      'devices that report false data or receive commands.',
    stride: ['S'],
    target: 'element',
    elementKinds: ['external-entity', 'process'],
    pack: 'iot',
    when: { fact: 'subtype', equals: 'iot-device' },
    unless: { fact: 'attr.authentication', in: ['certificate', 'mtls'] },
    actors: ['external-attacker', 'competitor'],
    attackVector:
      'Reusing an identity extracted from one device, or a guessable device id',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-290', 'CWE-287'],
    capec: ['CAPEC-151'],
    owasp: ['A07:2021'],
    mitigations: ['M-DEVICE-IDENTITY', 'M-CREDENTIAL-REVOCATION'],
  },
  {
    id: 'IOT-T-01',
    title: 'Device firmware is replaced or altered',
    description:
      'Firmware that is updated without signature checks, or that boots ' +
      'without verifying itself, can be replaced over the air or through a ' +
      'physical port with code the attacker controls.',
    stride: ['T', 'E'],
    target: 'element',
    elementKinds: ['external-entity', 'process'],
    pack: 'iot',
    when: { fact: 'subtype', equals: 'iot-device' },
    unless: { fact: 'attr.hardened', equals: true },
    actors: ['nation-state', 'cybercriminal'],
    attackVector:
      'A malicious update pushed over the air or flashed through a debug port',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-494', 'CWE-345'],
    capec: ['CAPEC-186', 'CAPEC-440'],
    owasp: ['A08:2021'],
    mitigations: ['M-SIGNED-ARTIFACTS', 'M-DEVICE-HARDENING'],
  },
  {
    id: 'IOT-I-01',
    title: 'Keys and data are extracted from a captured device',
    description:
      'A device in the field can be stolen and opened; keys, credentials and ' +
      'cached data in unprotected flash memory are read off the chip at ' +
      'leisure.',
    stride: ['I'],
    target: 'element',
    elementKinds: ['external-entity', 'process'],
    pack: 'iot',
    when: { fact: 'subtype', equals: 'iot-device' },
    unless: { fact: 'attr.encryptionAtRest', equals: true },
    actors: ['external-attacker', 'competitor'],
    attackVector:
      'Dumping flash memory or reading a debug interface on a stolen device',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 9,
    },
    cwe: ['CWE-312', 'CWE-321'],
    capec: ['CAPEC-401', 'CAPEC-37'],
    owasp: ['A02:2021'],
    mitigations: ['M-DEVICE-IDENTITY', 'M-ENCRYPT-AT-REST'],
  },
  {
    id: 'IOT-E-01',
    title: 'Default credentials or open debug ports give control of the device',
    description:
      'Shipped default passwords, telnet or SSH services and live UART or ' +
      'JTAG headers let anyone nearby, or scanning the network, take ' +
      'administrative control of the device.',
    stride: ['E', 'S'],
    target: 'element',
    elementKinds: ['external-entity', 'process'],
    pack: 'iot',
    when: { fact: 'subtype', equals: 'iot-device' },
    unless: { fact: 'attr.hardened', equals: true },
    actors: ['script-kiddie', 'cybercriminal'],
    attackVector:
      'Logging in with a default password or attaching to a debug header',
    likelihood: {
      easeOfDiscovery: 8,
      easeOfExploit: 8,
      awareness: 8,
      intrusionDetection: 8,
    },
    cwe: ['CWE-1392', 'CWE-1191'],
    capec: ['CAPEC-70', 'CAPEC-121'],
    owasp: ['A07:2021', 'A05:2021'],
    mitigations: ['M-DEVICE-HARDENING'],
  },
  {
    id: 'IOT-D-01',
    title: 'A device is jammed, flooded or drained',
    description:
      'Radio jamming, message floods and forced wake-ups can stop a device ' +
      'reporting or acting, or run its battery flat, often without any sign ' +
      'at the back end.',
    stride: ['D'],
    target: 'element',
    elementKinds: ['external-entity', 'process'],
    pack: 'iot',
    when: { fact: 'subtype', equals: 'iot-device' },
    actors: ['hacktivist', 'external-attacker'],
    attackVector: 'Radio jamming or a flood of messages aimed at the device',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 6,
      awareness: 5,
      intrusionDetection: 7,
    },
    cwe: ['CWE-400'],
    capec: ['CAPEC-601', 'CAPEC-125'],
    owasp: [],
    mitigations: ['M-CIRCUIT-BREAKER', 'M-SECURITY-MONITORING'],
  },
];
