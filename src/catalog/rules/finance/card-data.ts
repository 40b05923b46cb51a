import type { RuleInput } from '../../input';
import { CARD_DATA, CARD_DATA_FLOW, SECURED_CHANNEL } from '../conditions';

/**
 * Finance pack: card data (PCI DSS) in transit, at the processor hand-off,
 * on the payment page and at rest, and privileged access to it. Applies
 * when the system or an asset falls under pci-dss, sox or glba, or the model
 * has a payment provider; the rules themselves ask for pci-dss.
 */
export const FINANCE_CARD_DATA: readonly RuleInput[] = [
  {
    id: 'FIN-I-01',
    title: 'Card data is intercepted where it crosses a trust boundary',
    description:
      'Card numbers crossing into or out of a zone are exposed wherever the ' +
      'channel is not both encrypted and authenticated at each hop: TLS ' +
      'ended at the edge and forwarded in clear, old protocol versions, or a ' +
      'receiver that accepts any sender.',
    stride: ['I'],
    target: 'flow',
    pack: 'finance',
    when: { all: [CARD_DATA_FLOW, { fact: 'crossesBoundary', equals: true }] },
    unless: SECURED_CHANNEL,
    actors: ['cybercriminal', 'external-attacker'],
    attackVector:
      'Capturing card data at a TLS termination point or on an unprotected hop',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 4,
      awareness: 7,
      intrusionDetection: 9,
    },
    cwe: ['CWE-319', 'CWE-311'],
    capec: ['CAPEC-94', 'CAPEC-158'],
    owasp: ['A02:2021'],
    mitigations: ['M-TLS', 'M-TOKENIZE-CARD-DATA', 'M-NETWORK-SEGMENTATION'],
  },
  {
    id: 'FIN-I-02',
    title: 'Card data is handled in full on its way to an outside processor',
    description:
      'Sending full card numbers through your own services to a payment ' +
      'processor or other outside API keeps every hop in PCI DSS scope and ' +
      'exposed to memory scraping, logging and debugging, whatever the ' +
      'transport.',
    stride: ['I'],
    target: 'flow',
    pack: 'finance',
    when: {
      any: [
        { fact: 'target.subtype', equals: 'payment-provider' },
        {
          all: [
            CARD_DATA,
            { fact: 'target.kind', equals: 'external-entity' },
            {
              fact: 'target.subtype',
              in: ['third-party-api', 'external-system'],
            },
          ],
        },
      ],
    },
    actors: ['cybercriminal', 'malicious-insider'],
    attackVector:
      'Scraping memory, logs or traces of the services that relay card numbers',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 7,
      intrusionDetection: 8,
    },
    cwe: ['CWE-201', 'CWE-311'],
    capec: ['CAPEC-117'],
    owasp: ['A02:2021', 'A04:2021'],
    mitigations: [
      'M-TOKENIZE-CARD-DATA',
      'M-THIRD-PARTY-REVIEW',
      'M-NO-SENSITIVE-LOGS',
    ],
  },
  {
    id: 'FIN-I-03',
    title: 'Card data is skimmed on the payment page',
    description:
      'Script injected into the payment page, directly or through a ' +
      'third-party script it loads, reads card details as the customer types ' +
      'them and sends them elsewhere, while the payment still succeeds.',
    stride: ['I', 'T'],
    target: 'flow',
    pack: 'finance',
    when: {
      all: [
        CARD_DATA_FLOW,
        { fact: 'source.subtype', in: ['browser', 'mobile-app'] },
      ],
    },
    actors: ['cybercriminal'],
    attackVector:
      'A compromised third-party script or injected code on the checkout page',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 8,
      intrusionDetection: 8,
    },
    cwe: ['CWE-830', 'CWE-829'],
    capec: ['CAPEC-63', 'CAPEC-538'],
    owasp: ['A08:2021'],
    mitigations: [
      'M-CSP-SRI',
      'M-PAGE-INTEGRITY-MONITOR',
      'M-TOKENIZE-CARD-DATA',
    ],
  },
  {
    id: 'FIN-I-04',
    title: 'Stored card data can be read',
    description:
      'Card numbers kept in a store without strong encryption, or kept at ' +
      'all when a processor token would do, are the prize of most payment ' +
      'breaches; sensitive authentication data must never be kept after ' +
      'authorisation.',
    stride: ['I'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'finance',
    when: CARD_DATA,
    unless: { fact: 'attr.encryptionAtRest', equals: true },
    actors: ['cybercriminal', 'malicious-insider'],
    attackVector:
      'Reading the store, its backups or exports with any account that ' +
      'reaches it',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 7,
      intrusionDetection: 8,
    },
    cwe: ['CWE-311', 'CWE-312'],
    capec: ['CAPEC-37'],
    owasp: ['A02:2021'],
    mitigations: [
      'M-TOKENIZE-CARD-DATA',
      'M-ENCRYPT-AT-REST',
      'M-KEY-ROTATION',
    ],
  },
  {
    id: 'FIN-E-01',
    title: 'Privileged access reaches the cardholder data environment',
    description:
      'Administrators and privileged services in scope for card data can ' +
      'read or change it at will; without strong authentication and review, ' +
      'a single stolen or abused account becomes a card breach.',
    stride: ['E', 'I'],
    target: 'element',
    elementKinds: ['process', 'data-store'],
    pack: 'finance',
    when: { all: [CARD_DATA, { fact: 'privileged', equals: true }] },
    unless: { fact: 'attr.authentication', equals: 'mfa' },
    actors: ['malicious-insider', 'cybercriminal'],
    attackVector:
      'A phished or abused administrator account used inside the card data ' +
      'zone',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-269', 'CWE-250'],
    capec: ['CAPEC-122'],
    owasp: ['A01:2021'],
    mitigations: ['M-ADMIN-ISOLATION', 'M-MFA', 'M-ACCESS-REVIEW'],
  },
];
