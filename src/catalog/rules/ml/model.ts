import type { RuleInput } from '../../input';
import { SENSITIVE } from '../conditions';

/**
 * ML pack: threats to an ml-model element itself: prompt injection, model
 * theft through queries, training-data leaks, excessive agency, costly
 * inputs and tampered artefacts. Applies to ML and data-platform systems and
 * to models with an ml-model element.
 */
export const ML_MODEL: readonly RuleInput[] = [
  {
    id: 'ML-T-01',
    title: "Prompt injection overrides the model's instructions",
    description:
      'Text that reaches a language model, typed by a user or hidden in a ' +
      'document, web page or tool result, can carry instructions the model ' +
      'follows instead of its own, leaking data or misusing its tools.',
    stride: ['T', 'E'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'ml',
    when: { fact: 'subtype', equals: 'ml-model' },
    unless: { fact: 'attr.inputValidation', equals: true },
    actors: ['external-attacker', 'malicious-customer'],
    attackVector:
      'Instructions planted in user input or in content the model retrieves',
    likelihood: {
      easeOfDiscovery: 8,
      easeOfExploit: 7,
      awareness: 7,
      intrusionDetection: 8,
    },
    cwe: ['CWE-1427', 'CWE-20'],
    capec: ['CAPEC-153'],
    owasp: ['A03:2021'],
    mitigations: ['M-LLM-GUARDRAILS', 'M-TOOL-PERMISSIONS'],
  },
  {
    id: 'ML-I-01',
    title: 'The model is copied through its query interface',
    description:
      'Enough well-chosen queries let an attacker train a copy of a model ' +
      'from its answers, taking the value of the training data and effort ' +
      'and a surrogate to craft further attacks against it.',
    stride: ['I'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'ml',
    when: {
      all: [
        { fact: 'subtype', equals: 'ml-model' },
        {
          any: [
            { fact: 'entryPoint', equals: true },
            { fact: 'exposed', equals: true },
          ],
        },
      ],
    },
    unless: { fact: 'attr.rateLimiting', equals: true },
    actors: ['competitor', 'cybercriminal'],
    attackVector:
      "Large numbers of systematic queries recording the model's outputs",
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-200', 'CWE-799'],
    capec: ['CAPEC-189'],
    owasp: ['A04:2021'],
    mitigations: ['M-RATE-LIMIT', 'M-QUERY-MONITORING'],
  },
  {
    id: 'ML-I-02',
    title: 'The model reveals data it was trained on',
    description:
      'Models memorise parts of their training data; membership inference, ' +
      'inversion and plain prompting can recover personal or confidential ' +
      'records from the answers.',
    stride: ['I'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'ml',
    when: { all: [{ fact: 'subtype', equals: 'ml-model' }, SENSITIVE] },
    actors: ['external-attacker', 'competitor'],
    attackVector:
      'Queries designed to extract memorised records or test membership',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 4,
      awareness: 5,
      intrusionDetection: 9,
    },
    cwe: ['CWE-359', 'CWE-200'],
    capec: ['CAPEC-54'],
    owasp: ['A04:2021'],
    mitigations: [
      'M-DEIDENTIFY',
      'M-QUERY-MONITORING',
      'M-MODEL-OUTPUT-VALIDATION',
    ],
  },
  {
    id: 'ML-E-01',
    title: 'The model acts beyond what its users may do',
    description:
      'A model wired to tools, services or stores can be talked into actions ' +
      'its user could not perform directly when the tools run with the ' +
      "model's own broad permissions and no one approves risky steps.",
    stride: ['E'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'ml',
    when: {
      all: [
        { fact: 'subtype', equals: 'ml-model' },
        { fact: 'outboundFlows', atLeast: 1 },
      ],
    },
    unless: { fact: 'attr.authorization', equals: true },
    actors: ['malicious-customer', 'external-attacker'],
    attackVector:
      'Prompts that steer the model into calling tools with harmful arguments',
    likelihood: {
      easeOfDiscovery: 6,
      easeOfExploit: 6,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-250', 'CWE-862'],
    capec: ['CAPEC-122'],
    owasp: ['A01:2021'],
    mitigations: ['M-TOOL-PERMISSIONS', 'M-AUDIT-LOG'],
  },
  {
    id: 'ML-D-01',
    title: 'Expensive inputs exhaust the model service',
    description:
      'Long prompts, large inputs and requests for long outputs cost far ' +
      'more compute than ordinary ones; a few clients can take the model ' +
      'offline or run up its bill.',
    stride: ['D'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'ml',
    when: { fact: 'subtype', equals: 'ml-model' },
    unless: { fact: 'attr.rateLimiting', equals: true },
    actors: ['hacktivist', 'malicious-customer'],
    attackVector: 'Maximum-size inputs and output requests sent in parallel',
    likelihood: {
      easeOfDiscovery: 7,
      easeOfExploit: 7,
      awareness: 6,
      intrusionDetection: 6,
    },
    cwe: ['CWE-400', 'CWE-770'],
    capec: ['CAPEC-130'],
    owasp: [],
    mitigations: ['M-RATE-LIMIT', 'M-RESOURCE-LIMITS'],
  },
  {
    id: 'ML-S-01',
    title: 'A tampered model artefact is loaded as the real one',
    description:
      'Models are files, often in formats that run code when loaded; a ' +
      'swapped or poisoned artefact in a registry or download path runs the ' +
      "attacker's code and gives the attacker's answers under the model's " +
      'name.',
    stride: ['S', 'T'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'ml',
    when: { fact: 'subtype', equals: 'ml-model' },
    unless: { fact: 'attr.hardened', equals: true },
    actors: ['nation-state', 'malicious-insider'],
    attackVector:
      'Replacing a model file in the registry or a public hub download',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 5,
      awareness: 5,
      intrusionDetection: 8,
    },
    cwe: ['CWE-502', 'CWE-494'],
    capec: ['CAPEC-586', 'CAPEC-538'],
    owasp: ['A08:2021'],
    mitigations: ['M-SIGNED-ARTIFACTS', 'M-DATA-PROVENANCE'],
  },
];
