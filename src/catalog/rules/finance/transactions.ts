import type { RuleInput } from '../../input';
import { CARD_DATA, PAYMENT_ELEMENT, PAYMENT_WORDS } from '../conditions';

/**
 * Finance pack, continued: tampered payments, forged processor callbacks,
 * card testing, disputed transactions and the payment audit trail.
 */
export const FINANCE_TRANSACTIONS: readonly RuleInput[] = [
  {
    id: 'FIN-T-01',
    title: 'Payment amount, currency or payee is tampered with',
    description:
      'A payment service that trusts amounts, currencies, merchant or payee ' +
      'ids sent by the client, or recomputes them from editable state, can ' +
      'be made to charge less, pay someone else or approve twice.',
    stride: ['T'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'finance',
    when: PAYMENT_ELEMENT,
    unless: { fact: 'attr.inputValidation', equals: true },
    actors: ['malicious-customer', 'cybercriminal'],
    attackVector:
      'Editing amount, currency or payee fields between checkout and ' +
      'authorisation',
    likelihood: {
      easeOfDiscovery: 7,
      easeOfExploit: 7,
      awareness: 8,
      intrusionDetection: 8,
    },
    cwe: ['CWE-472', 'CWE-345'],
    capec: ['CAPEC-385', 'CAPEC-162'],
    owasp: ['A04:2021'],
    mitigations: [
      'M-TRANSACTION-INTEGRITY',
      'M-RECONCILIATION',
      'M-INPUT-VALIDATION',
    ],
  },
  {
    id: 'FIN-S-01',
    title: 'Payment confirmations from the processor are forged',
    description:
      'Callbacks that report a payment as authorised or settled trigger ' +
      'shipping and credit; if the receiver does not verify that they come ' +
      'from the processor, anyone can mark an order paid.',
    stride: ['S', 'T'],
    target: 'flow',
    pack: 'finance',
    when: { fact: 'source.subtype', equals: 'payment-provider' },
    unless: { fact: 'authenticated', equals: true },
    actors: ['malicious-customer', 'cybercriminal'],
    attackVector:
      'Posting a forged payment-succeeded callback to the webhook endpoint',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 7,
      intrusionDetection: 8,
    },
    cwe: ['CWE-345', 'CWE-940'],
    capec: ['CAPEC-194', 'CAPEC-385'],
    owasp: ['A08:2021'],
    mitigations: ['M-MESSAGE-SIGNATURE', 'M-RECONCILIATION'],
  },
  {
    id: 'FIN-S-02',
    title: 'Stolen cards are tested through the payment flow',
    description:
      'Fraudsters run lists of stolen card numbers through small payments to ' +
      'find live ones; the merchant pays the fees and chargebacks and risks ' +
      'losing its processor.',
    stride: ['S', 'D'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'finance',
    when: {
      all: [
        CARD_DATA,
        { fact: 'entryPoint', equals: true },
        {
          any: [
            { fact: 'nameWords', includesAny: PAYMENT_WORDS },
            { fact: 'exposed', equals: true },
          ],
        },
      ],
    },
    unless: { fact: 'attr.rateLimiting', equals: true },
    actors: ['cybercriminal'],
    attackVector: 'Scripted low-value payment attempts with many card numbers',
    likelihood: {
      easeOfDiscovery: 6,
      easeOfExploit: 7,
      awareness: 8,
      intrusionDetection: 5,
    },
    cwe: ['CWE-799', 'CWE-307'],
    capec: ['CAPEC-112'],
    owasp: ['A04:2021', 'A07:2021'],
    mitigations: ['M-FRAUD-MONITORING', 'M-ANTI-AUTOMATION'],
  },
  {
    id: 'FIN-R-01',
    title: 'A payer or merchant denies a transaction',
    description:
      'Without a record binding each transaction to an authenticated party, ' +
      'an amount and a time, chargebacks and disputes cannot be answered, ' +
      'and insiders can deny changes to payment data.',
    stride: ['R'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'finance',
    when: PAYMENT_ELEMENT,
    unless: { fact: 'attr.auditTrail', equals: true },
    actors: ['malicious-customer', 'malicious-insider'],
    attackVector:
      'Disputing a payment or refund for which no binding record exists',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 7,
      intrusionDetection: 9,
    },
    cwe: ['CWE-778', 'CWE-223'],
    capec: ['CAPEC-268'],
    owasp: ['A09:2021'],
    mitigations: ['M-AUDIT-LOG', 'M-STEP-UP-AUTH', 'M-RECONCILIATION'],
  },
  {
    id: 'FIN-R-02',
    title: 'Payment audit records are incomplete or can be rewritten',
    description:
      'PCI DSS expects every access to card data and every administrative ' +
      'action to be logged, kept and protected from change; a payment audit ' +
      'log its writers can edit proves nothing in a dispute or a breach.',
    stride: ['R', 'T'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'finance',
    when: {
      all: [
        { fact: 'subtype', equals: 'log-store' },
        { any: [CARD_DATA, PAYMENT_ELEMENT] },
      ],
    },
    unless: { fact: 'attr.auditTrail', equals: true },
    actors: ['malicious-insider', 'cybercriminal'],
    attackVector: 'Deleting or editing payment audit entries after the fact',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-284', 'CWE-778'],
    capec: ['CAPEC-268', 'CAPEC-93'],
    owasp: ['A09:2021'],
    mitigations: ['M-LOG-PROTECTION', 'M-AUDIT-LOG', 'M-SECURITY-MONITORING'],
  },
];
