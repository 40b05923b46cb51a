import type { RuleInput } from '../../input';

/**
 * Cloud pack: threats to workloads (functions, containers, services) from
 * metadata credentials, broad cloud roles, container escapes and poisoned
 * dependencies (secrets in images and configuration are CORE-I-02).
 * Applies to cloud, hybrid and serverless systems and to models with
 * functions or containers.
 */
export const CLOUD_WORKLOADS: readonly RuleInput[] = [
  {
    id: 'CLOUD-E-01',
    title: 'Cloud credentials are stolen from the instance metadata service',
    description:
      'A workload that can be made to fetch an internal URL, or that runs ' +
      'attacker code, can read the metadata endpoint and take the temporary ' +
      'credentials of the cloud role attached to it.',
    stride: ['E', 'I'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'cloud',
    when: {
      all: [
        {
          fact: 'subtype',
          in: [
            'service',
            'container',
            'function',
            'web-application',
            'api-gateway',
            'generic',
          ],
        },
        { fact: 'entryPoint', equals: true },
      ],
    },
    unless: { fact: 'attr.hardened', equals: true },
    actors: ['external-attacker', 'cybercriminal'],
    attackVector:
      'Server-side request forgery or code execution reaching the metadata ' +
      'address',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 3,
      awareness: 7,
      intrusionDetection: 8,
    },
    cwe: ['CWE-918', 'CWE-522'],
    capec: ['CAPEC-664'],
    owasp: ['A10:2021'],
    mitigations: ['M-IMDS', 'M-CLOUD-IAM', 'M-SSRF-ALLOWLIST'],
  },
  {
    id: 'CLOUD-E-02',
    title: 'The workload runs with an over-permissive cloud role',
    description:
      'Cloud roles granted with wildcards or copied from a template let a ' +
      'compromised function or container read every bucket, change ' +
      'infrastructure or create new credentials.',
    stride: ['E'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'cloud',
    when: {
      fact: 'subtype',
      in: ['function', 'container', 'service', 'batch-job', 'ci-pipeline'],
    },
    unless: { fact: 'attr.authorization', equals: true },
    actors: ['external-attacker', 'malicious-insider'],
    attackVector:
      "Using the workload's cloud credentials against other services in the " +
      'account',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-250', 'CWE-269'],
    capec: ['CAPEC-122'],
    owasp: ['A01:2021'],
    mitigations: ['M-CLOUD-IAM', 'M-ACCESS-REVIEW', 'M-CLOUD-POSTURE'],
  },
  {
    id: 'CLOUD-E-03',
    title: 'Code in a container escapes to the host',
    description:
      'A container running as root, with added capabilities, a mounted ' +
      'runtime socket or host paths shares the host kernel with little in ' +
      'between; an exploit inside it reaches the node and its other ' +
      'workloads.',
    stride: ['E', 'T'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'cloud',
    when: { fact: 'subtype', equals: 'container' },
    unless: { fact: 'attr.hardened', equals: true },
    actors: ['external-attacker', 'nation-state'],
    attackVector:
      'Kernel or runtime exploits, or host mounts, from inside a compromised ' +
      'container',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 3,
      awareness: 6,
      intrusionDetection: 7,
    },
    cwe: ['CWE-250', 'CWE-653'],
    capec: ['CAPEC-480'],
    owasp: ['A05:2021'],
    mitigations: ['M-CONTAINER-HARDENING', 'M-SBOM-PATCHING'],
  },
  {
    id: 'CLOUD-T-01',
    title: 'A poisoned image or dependency is deployed',
    description:
      'Base images, packages and layers pulled from public registries at ' +
      'build or start time can be swapped or typo-squatted; without ' +
      "verification the attacker's code runs in production.",
    stride: ['T'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'cloud',
    when: { fact: 'subtype', in: ['container', 'function', 'ci-pipeline'] },
    unless: { fact: 'attr.hardened', equals: true },
    actors: ['nation-state', 'cybercriminal'],
    attackVector:
      'A malicious package, typo-squatted name or replaced image tag pulled ' +
      'at build time',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-494', 'CWE-1357'],
    capec: ['CAPEC-538'],
    owasp: ['A08:2021'],
    mitigations: ['M-SIGNED-ARTIFACTS', 'M-SBOM-PATCHING'],
  },
];
