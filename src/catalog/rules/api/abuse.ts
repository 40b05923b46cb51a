import type { RuleInput } from '../../input';
import { API_ENTRY_POINT } from '../conditions';

/**
 * API pack, continued: costly GraphQL queries, business-flow abuse and
 * calls nobody can attribute (unbounded requests in general are
 * CORE-D-02, which cites API4 too).
 */
export const API_ABUSE: readonly RuleInput[] = [
  {
    id: 'API-D-02',
    title: 'Nested or batched GraphQL queries overload the server',
    description:
      'A single GraphQL request can nest relations, alias the same field ' +
      'many times or batch many operations, costing the server thousands of ' +
      'resolver calls.',
    stride: ['D'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'api',
    when: {
      fact: 'technologies',
      includesAny: ['graphql', 'apollo', 'hasura'],
    },
    actors: ['external-attacker'],
    attackVector:
      'Deeply nested, aliased or batched queries sent to the GraphQL endpoint',
    likelihood: {
      easeOfDiscovery: 6,
      easeOfExploit: 7,
      awareness: 6,
      intrusionDetection: 6,
    },
    cwe: ['CWE-400', 'CWE-770'],
    capec: ['CAPEC-130'],
    owasp: [],
    owaspApi: ['API4:2023'],
    mitigations: ['M-RESOURCE-LIMITS', 'M-RATE-LIMIT'],
  },
  {
    id: 'API-T-01',
    title: 'Automation abuses a sensitive business flow',
    description:
      'Flows such as sign-up, checkout, booking, voucher redemption or ' +
      'posting content can be run by bots at a scale that harms the business ' +
      'even when every single request is valid.',
    stride: ['T', 'D'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'api',
    when: {
      all: [
        { fact: 'entryPoint', equals: true },
        {
          any: [
            { fact: 'exposed', equals: true },
            { fact: 'subtype', in: ['web-application', 'api-gateway'] },
          ],
        },
      ],
    },
    unless: { fact: 'attr.rateLimiting', equals: true },
    actors: ['cybercriminal', 'competitor'],
    attackVector: 'Scripted clients repeating a valid business flow at scale',
    likelihood: {
      easeOfDiscovery: 6,
      easeOfExploit: 7,
      awareness: 6,
      intrusionDetection: 7,
    },
    cwe: ['CWE-799', 'CWE-837'],
    capec: ['CAPEC-212'],
    owasp: ['A04:2021'],
    owaspApi: ['API6:2023'],
    mitigations: ['M-ANTI-AUTOMATION', 'M-FRAUD-MONITORING'],
  },
  {
    id: 'API-R-01',
    title: 'API calls cannot be attributed to a client',
    description:
      'Without a per-request record of the calling client, user, operation ' +
      'and object, abuse of an API cannot be told apart from normal traffic, ' +
      'or traced afterwards.',
    stride: ['R'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'api',
    when: API_ENTRY_POINT,
    unless: { fact: 'attr.logging', equals: true },
    actors: ['malicious-customer', 'malicious-insider'],
    attackVector:
      'Abusing the API at low volume, knowing calls are not attributed',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 9,
    },
    cwe: ['CWE-778'],
    capec: ['CAPEC-268'],
    owasp: ['A09:2021'],
    owaspApi: ['API9:2023'],
    mitigations: ['M-AUDIT-LOG', 'M-SECURITY-MONITORING'],
  },
];
