import type { RuleInput } from '../../input';
import { API_ENTRY_POINT } from '../conditions';

/**
 * API pack (OWASP API Security Top 10 2023): object, property and function
 * authorisation, authentication and server-side requests on API processes.
 * It applies to API and microservice systems and to models with a gateway.
 */
export const API_ACCESS: readonly RuleInput[] = [
  {
    id: 'API-E-01',
    title: 'Callers read or change objects that belong to others',
    description:
      'An API that takes object ids from the request and fetches them ' +
      'without checking that the caller may use that object lets any ' +
      "authenticated user walk through other users' records by changing the " +
      'id.',
    stride: ['E', 'I'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'api',
    when: API_ENTRY_POINT,
    unless: { fact: 'attr.authorization', equals: true },
    actors: ['malicious-customer', 'cybercriminal'],
    attackVector:
      'Replaying a valid request with another object id in the path, query ' +
      'or body',
    likelihood: {
      easeOfDiscovery: 7,
      easeOfExploit: 5,
      awareness: 8,
      intrusionDetection: 8,
    },
    cwe: ['CWE-639', 'CWE-862'],
    capec: ['CAPEC-1'],
    owasp: ['A01:2021'],
    owaspApi: ['API1:2023'],
    mitigations: ['M-OBJECT-AUTHZ', 'M-SECURITY-MONITORING'],
  },
  {
    id: 'API-E-02',
    title: 'Regular users call administrative API functions',
    description:
      'Administrative and other privileged operations often sit on the same ' +
      'API as ordinary ones; if authorisation is checked by the client or by ' +
      'a hidden menu rather than per function, any caller can invoke them.',
    stride: ['E'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'api',
    when: API_ENTRY_POINT,
    unless: { fact: 'attr.authorization', equals: true },
    actors: ['malicious-customer', 'external-attacker'],
    attackVector:
      'Calling privileged endpoints or methods directly with an ordinary token',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 7,
      intrusionDetection: 8,
    },
    cwe: ['CWE-285', 'CWE-863'],
    capec: ['CAPEC-1', 'CAPEC-58'],
    owasp: ['A01:2021'],
    owaspApi: ['API5:2023'],
    mitigations: ['M-FUNCTION-AUTHZ', 'M-AUTHZ-POLICY'],
  },
  {
    id: 'API-I-01',
    title:
      'Responses expose, and requests overwrite, properties the caller ' +
      'should not touch',
    description:
      'Serialising whole objects into responses leaks internal or personal ' +
      'fields, and binding whole request bodies onto objects lets a caller ' +
      'set fields such as role, price or owner.',
    stride: ['I', 'T'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'api',
    when: API_ENTRY_POINT,
    unless: {
      all: [
        { fact: 'attr.inputValidation', equals: true },
        { fact: 'attr.authorization', equals: true },
      ],
    },
    actors: ['malicious-customer'],
    attackVector:
      'Reading extra fields in responses or adding fields to update requests',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 7,
      intrusionDetection: 8,
    },
    cwe: ['CWE-213', 'CWE-915'],
    capec: ['CAPEC-77'],
    owasp: ['A01:2021'],
    owaspApi: ['API3:2023'],
    mitigations: ['M-MASS-ASSIGNMENT', 'M-DATA-MINIMISATION'],
  },
  {
    id: 'API-S-01',
    title: 'API authentication is weak or missing on some endpoints',
    description:
      'APIs often mix authenticated and open endpoints, accept long-lived ' +
      'keys, skip token checks on internal routes or allow unlimited ' +
      'guessing, any of which lets a caller act as someone else.',
    stride: ['S'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'api',
    when: API_ENTRY_POINT,
    unless: {
      fact: 'attr.authentication',
      in: ['token', 'mtls', 'certificate', 'sso', 'mfa'],
    },
    actors: ['external-attacker', 'cybercriminal'],
    attackVector:
      'Calling endpoints without a token, with an expired one or with ' +
      'guessed keys',
    likelihood: {
      easeOfDiscovery: 6,
      easeOfExploit: 5,
      awareness: 7,
      intrusionDetection: 8,
    },
    cwe: ['CWE-287', 'CWE-306', 'CWE-307'],
    capec: ['CAPEC-114', 'CAPEC-600'],
    owasp: ['A07:2021'],
    owaspApi: ['API2:2023'],
    mitigations: ['M-TOKEN-VALIDATION', 'M-ANTI-AUTOMATION'],
  },
  {
    id: 'API-S-02',
    title: 'A static API key shipped in a public client is reused by anyone',
    description:
      'A key embedded in a browser page or app binary is readable by every ' +
      'user; it identifies the software, not the person, and once copied it ' +
      'works from any script.',
    stride: ['S', 'I'],
    target: 'flow',
    pack: 'api',
    when: {
      all: [
        {
          fact: 'source.subtype',
          in: ['browser', 'mobile-app', 'desktop-app'],
        },
        { fact: 'target.attr.authentication', equals: 'api-key' },
      ],
    },
    actors: ['malicious-customer', 'script-kiddie'],
    attackVector:
      'Extracting the key from page source or an app package and calling the ' +
      'API with it',
    likelihood: {
      easeOfDiscovery: 8,
      easeOfExploit: 8,
      awareness: 7,
      intrusionDetection: 8,
    },
    cwe: ['CWE-798', 'CWE-522'],
    capec: ['CAPEC-191', 'CAPEC-37'],
    owasp: ['A07:2021'],
    owaspApi: ['API2:2023'],
    mitigations: ['M-TOKEN-VALIDATION', 'M-KEY-ROTATION'],
  },
  {
    id: 'API-E-03',
    title: 'The API fetches attacker-chosen URLs from inside the network',
    description:
      'Features such as webhooks, imports, previews and integrations make ' +
      'the API call a URL taken from the request; without an allow-list it ' +
      'can be aimed at internal services and metadata endpoints.',
    stride: ['E', 'I'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'api',
    when: { all: [API_ENTRY_POINT, { fact: 'outboundFlows', atLeast: 1 }] },
    unless: { fact: 'attr.inputValidation', equals: true },
    actors: ['external-attacker'],
    attackVector:
      'A URL parameter pointing at an internal host, a redirect or a ' +
      'metadata address',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 7,
      intrusionDetection: 8,
    },
    cwe: ['CWE-918'],
    capec: ['CAPEC-664'],
    owasp: ['A10:2021'],
    owaspApi: ['API7:2023'],
    mitigations: ['M-SSRF-ALLOWLIST', 'M-NETWORK-SEGMENTATION'],
  },
];
