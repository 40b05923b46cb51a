import type { RuleInput } from '../../input';
import {
  NO_PASSWORD_HERE,
  PASS_THROUGH,
  PEOPLE_AND_CLIENTS,
  STRONG_AUTHENTICATION,
} from '../conditions';

/**
 * Core spoofing rules on elements. CORE-S-01, S-04 and S-06 are the
 * catch-alls of process, external entity and data store: they read no stated
 * attribute in `when`, so a bare diagram gets a spoofing threat on every
 * element, and a stated strong authentication rules them out.
 */
export const CORE_SPOOFING: readonly RuleInput[] = [
  {
    id: 'CORE-S-01',
    title: 'Caller impersonates a legitimate client of the process',
    description:
      'Unless every request carries a strong proof of identity, an attacker ' +
      'can call the process as another user or service by replaying stolen ' +
      'credentials, forging identity headers or reusing a captured session ' +
      'token.',
    stride: ['S'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'core',
    fallback: true,
    when: { not: { fact: 'subtype', in: PASS_THROUGH } },
    unless: { fact: 'attr.authentication', in: STRONG_AUTHENTICATION },
    actors: ['external-attacker', 'malicious-insider'],
    attackVector:
      'Requests sent with stolen, replayed or forged credentials or identity ' +
      'headers',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-287', 'CWE-290'],
    capec: ['CAPEC-151', 'CAPEC-593'],
    owasp: ['A07:2021'],
    mitigations: [
      'M-TOKEN-VALIDATION',
      'M-SESSION-HARDENING',
      'M-SERVICE-AUTH',
    ],
  },
  {
    id: 'CORE-S-02',
    title: 'Accounts are taken over by credential stuffing or brute force',
    description:
      'A process that checks passwords can be fed breached username and ' +
      'password pairs, or guesses, at machine speed; without a second factor ' +
      'and throttling, reused passwords open real accounts.',
    stride: ['S'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'core',
    when: { fact: 'authenticates', equals: true },
    unless: { fact: 'attr.authentication', in: NO_PASSWORD_HERE },
    actors: ['cybercriminal', 'script-kiddie'],
    attackVector:
      'Automated login attempts with breached credential lists or common ' +
      'passwords',
    likelihood: {
      easeOfDiscovery: 8,
      easeOfExploit: 8,
      awareness: 9,
      intrusionDetection: 6,
    },
    cwe: ['CWE-307', 'CWE-308'],
    capec: ['CAPEC-600', 'CAPEC-49', 'CAPEC-16'],
    owasp: ['A07:2021'],
    mitigations: [
      'M-MFA',
      'M-ANTI-AUTOMATION',
      'M-PASSWORD-POLICY',
      'M-SECURITY-MONITORING',
    ],
  },
  {
    id: 'CORE-S-03',
    title: 'Forged or tampered authentication tokens are accepted',
    description:
      'A service that issues or checks tokens can be fooled by an unsigned ' +
      'token, a confused signing algorithm, a leaked signing key or a token ' +
      'minted for another audience; the forger then acts as any user, ' +
      'administrators included.',
    stride: ['S', 'E'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'core',
    when: {
      any: [
        { fact: 'subtype', equals: 'identity-provider' },
        { fact: 'authenticates', equals: true },
      ],
    },
    actors: ['external-attacker', 'cybercriminal'],
    attackVector:
      'A token with altered claims, a weak or leaked signing key, or no ' +
      'signature at all',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-347', 'CWE-345', 'CWE-287'],
    capec: ['CAPEC-196', 'CAPEC-39'],
    owasp: ['A07:2021', 'A08:2021'],
    mitigations: ['M-TOKEN-VALIDATION', 'M-SECRETS-VAULT', 'M-KEY-ROTATION'],
  },
  {
    id: 'CORE-S-04',
    title: 'External entity is impersonated',
    description:
      'Anyone can claim to be this user or system unless it proves who it ' +
      'is: a phished password, a lookalike domain or a copied API key is ' +
      'enough to pass as it.',
    stride: ['S'],
    target: 'element',
    elementKinds: ['external-entity'],
    pack: 'core',
    fallback: true,
    unless: { fact: 'attr.authentication', in: STRONG_AUTHENTICATION },
    actors: ['external-attacker', 'cybercriminal'],
    attackVector:
      'Stolen or guessed credentials, or a copied key, presented in its name',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-290', 'CWE-287'],
    capec: ['CAPEC-151', 'CAPEC-560'],
    owasp: ['A07:2021'],
    mitigations: ['M-MFA', 'M-SERVICE-AUTH'],
  },
  {
    id: 'CORE-S-05',
    title: 'User account is taken over through phishing',
    description:
      'People and the client software they hold can be lured to a lookalike ' +
      'sign-in page or consent screen that harvests passwords, one-time ' +
      'codes or session cookies and replays them at once.',
    stride: ['S'],
    target: 'element',
    elementKinds: ['external-entity'],
    pack: 'core',
    when: { fact: 'subtype', in: PEOPLE_AND_CLIENTS },
    unless: { fact: 'attr.authentication', equals: 'mfa' },
    actors: ['cybercriminal', 'nation-state'],
    attackVector:
      'A phishing link to a proxy sign-in page that relays credentials and ' +
      'session',
    likelihood: {
      easeOfDiscovery: 6,
      easeOfExploit: 5,
      awareness: 9,
      intrusionDetection: 8,
    },
    cwe: ['CWE-308', 'CWE-1390'],
    capec: ['CAPEC-98', 'CAPEC-163'],
    owasp: ['A07:2021'],
    mitigations: ['M-MFA', 'M-SECURITY-MONITORING', 'M-CREDENTIAL-REVOCATION'],
  },
  {
    id: 'CORE-S-06',
    title: 'Store credentials are reused to connect as the application',
    description:
      'Whoever holds the connection secret of the store connects as the ' +
      'application: a leaked password, a default account or a spoofed ' +
      'endpoint that captures the login all give the same access.',
    stride: ['S'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'core',
    fallback: true,
    unless: { fact: 'attr.authentication', in: ['mtls', 'certificate'] },
    actors: ['malicious-insider', 'external-attacker'],
    attackVector:
      'A connection string lifted from code, configuration or a laptop, or a ' +
      'default account',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 3,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-798', 'CWE-522', 'CWE-1392'],
    capec: ['CAPEC-560', 'CAPEC-555'],
    owasp: ['A07:2021'],
    mitigations: ['M-SECRETS-VAULT', 'M-KEY-ROTATION', 'M-SERVICE-AUTH'],
  },
];
