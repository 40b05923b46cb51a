import type { RuleInput } from '../../input';
import { API_ENTRY_POINT, API_PROCESSES } from '../conditions';

/**
 * API pack, continued: misconfiguration, forgotten versions and unsafe
 * consumption of third-party APIs.
 */
export const API_EXPOSURE: readonly RuleInput[] = [
  {
    id: 'API-I-02',
    title: 'A misconfigured API exposes data or internals',
    description:
      'Permissive cross-origin rules, verbose errors, missing security ' +
      'headers, unneeded HTTP methods and default settings each give away ' +
      'data or a way in.',
    stride: ['I'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'api',
    when: {
      all: [
        { fact: 'exposed', equals: true },
        { fact: 'subtype', in: API_PROCESSES },
      ],
    },
    unless: { fact: 'attr.hardened', equals: true },
    actors: ['external-attacker', 'script-kiddie'],
    attackVector:
      'Probing headers, methods, origins and error paths of the public API',
    likelihood: {
      easeOfDiscovery: 8,
      easeOfExploit: 5,
      awareness: 7,
      intrusionDetection: 8,
    },
    cwe: ['CWE-942', 'CWE-209'],
    capec: ['CAPEC-54'],
    owasp: ['A05:2021'],
    owaspApi: ['API8:2023'],
    mitigations: ['M-HARDENING-BASELINE', 'M-ERROR-HANDLING'],
  },
  {
    id: 'API-I-03',
    title: 'Forgotten API versions and hosts stay reachable',
    description:
      'Old versions, debug endpoints and staging hosts that nobody tracks ' +
      'keep running without the fixes and controls of the current API, often ' +
      'with production data behind them.',
    stride: ['I'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'api',
    when: {
      any: [{ fact: 'subtype', equals: 'api-gateway' }, API_ENTRY_POINT],
    },
    actors: ['external-attacker'],
    attackVector:
      'Enumerating version paths, subdomains and documentation for older ' +
      'endpoints',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-1059', 'CWE-912'],
    capec: ['CAPEC-36'],
    owasp: ['A05:2021'],
    owaspApi: ['API9:2023'],
    mitigations: ['M-API-INVENTORY', 'M-HARDENING-BASELINE'],
  },
  {
    id: 'API-T-02',
    title: 'Data from a third-party API is trusted without checks',
    description:
      'Responses from integrated APIs are often handled with less care than ' +
      'user input; a compromised or malicious provider, or a redirect, can ' +
      'then inject data or code into the consumer.',
    stride: ['T', 'S'],
    target: 'flow',
    pack: 'api',
    when: {
      all: [
        { fact: 'source.subtype', in: ['third-party-api', 'external-system'] },
        { fact: 'target.kind', equals: 'process' },
      ],
    },
    unless: { fact: 'target.attr.inputValidation', equals: true },
    actors: ['third-party', 'external-attacker'],
    attackVector:
      'Malicious payloads or redirects returned by a compromised integration',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-20', 'CWE-345'],
    capec: ['CAPEC-153'],
    owasp: ['A08:2021'],
    owaspApi: ['API10:2023'],
    mitigations: ['M-INPUT-VALIDATION', 'M-MESSAGE-SIGNATURE', 'M-TLS'],
  },
];
