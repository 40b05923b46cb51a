import type { RuleInput } from '../input';
import { SECURED_CHANNEL } from './conditions';

/**
 * Mobile pack: the app on a device the user (or a thief) controls: local
 * storage, interception, repackaging, embedded secrets, exported components,
 * local authentication and disputed transactions.
 */
export const MOBILE_RULES: readonly RuleInput[] = [
  {
    id: 'MOB-I-01',
    title: 'Data stored by the mobile app is readable on the device',
    description:
      'Tokens and personal data kept in plain files, preferences or ' +
      'databases on the phone can be read from backups, by other apps on a ' +
      'rooted device or from a lost handset.',
    stride: ['I'],
    target: 'element',
    elementKinds: ['external-entity', 'process'],
    pack: 'mobile',
    when: { fact: 'subtype', equals: 'mobile-app' },
    unless: { fact: 'attr.encryptionAtRest', equals: true },
    actors: ['external-attacker', 'cybercriminal'],
    attackVector:
      'Reading app storage from a device backup, a rooted phone or a lost ' +
      'device',
    likelihood: {
      easeOfDiscovery: 6,
      easeOfExploit: 6,
      awareness: 6,
      intrusionDetection: 9,
    },
    cwe: ['CWE-922', 'CWE-312'],
    capec: ['CAPEC-639'],
    owasp: ['A02:2021'],
    mitigations: ['M-MOBILE-SECURE-STORAGE', 'M-DATA-MINIMISATION'],
  },
  {
    id: 'MOB-I-03',
    title:
      'Mobile app traffic is intercepted by a rogue network or certificate',
    description:
      'An app that trusts every certificate in the device store can be read ' +
      'and altered by a user-installed or corporate root certificate, a ' +
      'captive portal or a malicious Wi-Fi network.',
    stride: ['I', 'S'],
    target: 'flow',
    pack: 'mobile',
    when: {
      any: [
        { fact: 'source.subtype', equals: 'mobile-app' },
        { fact: 'target.subtype', equals: 'mobile-app' },
      ],
    },
    unless: SECURED_CHANNEL,
    actors: ['external-attacker', 'cybercriminal'],
    attackVector:
      'An intercepting proxy with a trusted root on the device or a rogue ' +
      'access point',
    likelihood: {
      easeOfDiscovery: 6,
      easeOfExploit: 6,
      awareness: 7,
      intrusionDetection: 9,
    },
    cwe: ['CWE-295', 'CWE-319'],
    capec: ['CAPEC-94'],
    owasp: ['A02:2021', 'A07:2021'],
    mitigations: ['M-CERT-PINNING', 'M-TLS'],
  },
  {
    id: 'MOB-T-01',
    title: 'A repackaged or hooked app bypasses client-side checks',
    description:
      'Attackers unpack the app, remove checks, hook its functions at ' +
      'runtime and publish or run the modified copy; any control enforced ' +
      'only in the app is gone.',
    stride: ['T'],
    target: 'element',
    elementKinds: ['external-entity', 'process'],
    pack: 'mobile',
    when: { fact: 'subtype', equals: 'mobile-app' },
    unless: { fact: 'attr.hardened', equals: true },
    actors: ['malicious-customer', 'cybercriminal'],
    attackVector: 'Runtime hooking frameworks or a rebuilt app package',
    likelihood: {
      easeOfDiscovery: 6,
      easeOfExploit: 6,
      awareness: 7,
      intrusionDetection: 9,
    },
    cwe: ['CWE-602', 'CWE-693'],
    capec: ['CAPEC-660', 'CAPEC-202'],
    owasp: ['A08:2021'],
    mitigations: ['M-APP-ATTESTATION', 'M-INPUT-VALIDATION'],
  },
  {
    id: 'MOB-I-02',
    title: 'Secrets embedded in the app binary are extracted',
    description:
      'API keys, signing secrets and service credentials compiled into the ' +
      'app are recovered with a decompiler by anyone who downloads it from ' +
      'the store.',
    stride: ['I'],
    target: 'element',
    elementKinds: ['external-entity', 'process'],
    pack: 'mobile',
    when: { fact: 'subtype', equals: 'mobile-app' },
    unless: { fact: 'attr.secretsManaged', equals: true },
    actors: ['script-kiddie', 'competitor'],
    attackVector: 'Decompiling the published app package',
    likelihood: {
      easeOfDiscovery: 8,
      easeOfExploit: 8,
      awareness: 7,
      intrusionDetection: 9,
    },
    cwe: ['CWE-798', 'CWE-321'],
    capec: ['CAPEC-191'],
    owasp: ['A07:2021'],
    mitigations: ['M-SECRETS-VAULT', 'M-KEY-ROTATION'],
  },
  {
    id: 'MOB-E-01',
    title: 'Exported components and deep links are driven by other apps',
    description:
      'Activities, services, intents and custom URL schemes that other apps ' +
      "or web pages can invoke act with the app's permissions and session " +
      'unless they check the caller and its input.',
    stride: ['E', 'T'],
    target: 'element',
    elementKinds: ['external-entity', 'process'],
    pack: 'mobile',
    when: { fact: 'subtype', equals: 'mobile-app' },
    unless: { fact: 'attr.inputValidation', equals: true },
    actors: ['external-attacker'],
    attackVector:
      'A malicious app or link invoking an exported component with crafted ' +
      'parameters',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 6,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-926', 'CWE-939'],
    capec: ['CAPEC-502'],
    owasp: ['A01:2021'],
    mitigations: ['M-INPUT-VALIDATION', 'M-AUTHZ-POLICY'],
  },
  {
    id: 'MOB-S-01',
    title: "The app's local PIN or biometric check is bypassed",
    description:
      'A check that only unlocks the app on the device, with no key bound to ' +
      'it on the server, can be skipped by hooking the result; the server ' +
      'then serves a session the user never unlocked.',
    stride: ['S'],
    target: 'element',
    elementKinds: ['external-entity', 'process'],
    pack: 'mobile',
    when: { fact: 'subtype', equals: 'mobile-app' },
    unless: { fact: 'attr.authentication', in: ['mfa', 'certificate'] },
    actors: ['external-attacker'],
    attackVector:
      'Hooking the local authentication callback on a stolen or rooted device',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 6,
      awareness: 6,
      intrusionDetection: 9,
    },
    cwe: ['CWE-603', 'CWE-287'],
    capec: ['CAPEC-660'],
    owasp: ['A07:2021'],
    mitigations: ['M-APP-ATTESTATION', 'M-STEP-UP-AUTH'],
  },
  {
    id: 'MOB-R-01',
    title: 'Transactions from the mobile app are disputed',
    description:
      'Without a device-bound key signing sensitive requests and a ' +
      'server-side record of them, a user can credibly claim a payment or ' +
      'change came from a stolen or cloned device.',
    stride: ['R'],
    target: 'element',
    elementKinds: ['external-entity', 'process'],
    pack: 'mobile',
    when: { fact: 'subtype', equals: 'mobile-app' },
    unless: { fact: 'attr.auditTrail', equals: true },
    actors: ['malicious-customer'],
    attackVector:
      'Disputing a transaction and blaming a lost or compromised phone',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 6,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-778'],
    capec: ['CAPEC-268'],
    owasp: ['A09:2021'],
    mitigations: ['M-AUDIT-LOG', 'M-DEVICE-IDENTITY'],
  },
];
