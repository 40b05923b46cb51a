import { AUTHENTICATION_METHODS } from '../../model/vocabulary';
import type { Condition } from '../schema';

/**
 * Pieces of rule conditions that several packs share. They are plain data,
 * reused by reference, so a rule still reads as one declarative tree.
 */

/**
 * Card data is in scope: an asset the target stores, receives or carries
 * is under PCI DSS, or the target has no known asset and the system is.
 */
export const CARD_DATA: Condition = {
  fact: 'regulations',
  includes: 'pci-dss',
};

/** Health data is in scope, judged the same way for HIPAA. */
export const PHI: Condition = { fact: 'regulations', includes: 'hipaa' };

/**
 * Confidential or restricted data is at stake: judged by the assets when
 * the model names some, else by the system's data sensitivity.
 */
export const SENSITIVE: Condition = {
  any: [
    { fact: 'dataClassification', atLeast: 2 },
    {
      all: [
        { fact: 'dataClassification', exists: false },
        { fact: 'system.dataSensitivity', atLeast: 2 },
      ],
    },
  ],
};

/** Restricted data is at stake, judged the same way. */
export const RESTRICTED: Condition = {
  any: [
    { fact: 'dataClassification', atLeast: 3 },
    {
      all: [
        { fact: 'dataClassification', exists: false },
        { fact: 'system.dataSensitivity', atLeast: 3 },
      ],
    },
  ],
};

/** Subtypes of systems outside the organisation's control. */
export const OUTSIDE_SYSTEMS = [
  'third-party-api',
  'identity-provider',
  'payment-provider',
  'external-system',
];

/** Subtypes of people and the client software they hold. */
export const PEOPLE_AND_CLIENTS = [
  'user',
  'administrator',
  'browser',
  'mobile-app',
  'desktop-app',
];

/** Process subtypes that serve requests over an API. */
export const API_PROCESSES = [
  'api-gateway',
  'service',
  'function',
  'web-application',
  'container',
  'generic',
];

/** Authentication methods strong enough to rule out plain impersonation. */
export const STRONG_AUTHENTICATION = ['mfa', 'mtls', 'certificate'];

/**
 * Stated authentication methods under which the element checks no
 * guessable password itself: a second factor, keys, certificates, or
 * tokens and single sign-on issued elsewhere.
 */
export const NO_PASSWORD_HERE = AUTHENTICATION_METHODS.filter(
  (method) => method !== 'none' && method !== 'password',
);

/** Name words of elements that sign people in or issue identities. */
export const IDENTITY_WORDS = [
  'auth',
  'authentication',
  'identity',
  'idp',
  'iam',
  'login',
  'signin',
  'sso',
  'oauth',
  'account',
  'accounts',
];

/**
 * An element that issues identities: an identity provider, or one that
 * authenticates callers and is named for sign-in or accounts (a service
 * that only checks tokens issued elsewhere is not one).
 */
export const IDENTITY_SERVICE: Condition = {
  any: [
    { fact: 'subtype', equals: 'identity-provider' },
    {
      all: [
        { fact: 'authenticates', equals: true },
        { fact: 'nameWords', includesAny: IDENTITY_WORDS },
      ],
    },
  ],
};

/** Processes that pass requests on without interpreting them. */
export const PASS_THROUGH = ['load-balancer', 'reverse-proxy', 'firewall'];

/** Name words of elements that move or record money. */
export const PAYMENT_WORDS = [
  'payment',
  'payments',
  'checkout',
  'billing',
  'card',
  'cards',
  'transaction',
  'transactions',
  'ledger',
  'wallet',
  'settlement',
];

/** Name words of elements that hold clinical records. */
export const RECORD_WORDS = [
  'record',
  'records',
  'ehr',
  'emr',
  'clinical',
  'patient',
  'patients',
  'medical',
  'chart',
];

/** Name words of elements that hold research or training data. */
export const RESEARCH_WORDS = [
  'research',
  'study',
  'trial',
  'trials',
  'cohort',
  'registry',
  'lake',
  'dataset',
  'datasets',
  'training',
  'features',
];

/** An API process that receives traffic from outside or across a boundary. */
export const API_ENTRY_POINT: Condition = {
  all: [
    { fact: 'entryPoint', equals: true },
    { fact: 'subtype', in: API_PROCESSES },
  ],
};

/** A flow stated both encrypted and authenticated at the receiver. */
export const SECURED_CHANNEL: Condition = {
  all: [
    { fact: 'encrypted', equals: true },
    { fact: 'authenticated', equals: true },
  ],
};

/** A store stated both access-controlled and encrypted at rest. */
export const GUARDED_STORE: Condition = {
  all: [
    { fact: 'attr.authorization', equals: true },
    { fact: 'attr.encryptionAtRest', equals: true },
  ],
};

/**
 * Card data may travel on this flow: an asset or the system is under PCI
 * DSS, or the model says nothing of the flow's data and the flow starts at
 * a customer's client or meets a payment provider.
 */
export const CARD_DATA_FLOW: Condition = {
  any: [
    CARD_DATA,
    {
      all: [
        { fact: 'assetCount', equals: 0 },
        {
          any: [
            { fact: 'source.subtype', in: ['browser', 'mobile-app'] },
            { fact: 'source.subtype', equals: 'payment-provider' },
            { fact: 'target.subtype', equals: 'payment-provider' },
          ],
        },
      ],
    },
  ],
};

/**
 * An element named for payments that is in PCI DSS scope, or whose data
 * the model does not describe.
 */
export const PAYMENT_ELEMENT: Condition = {
  all: [
    { any: [CARD_DATA, { fact: 'assetCount', equals: 0 }] },
    { fact: 'nameWords', includesAny: PAYMENT_WORDS },
  ],
};
