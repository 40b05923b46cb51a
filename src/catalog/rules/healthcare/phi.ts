import type { RuleInput } from '../../input';
import {
  API_PROCESSES,
  GUARDED_STORE,
  PHI,
  RESEARCH_WORDS,
  RESTRICTED,
} from '../conditions';

/**
 * Healthcare pack: disclosure of protected health information (HIPAA) from
 * stores, in transit, beyond the minimum necessary and from research
 * extracts, and shared clinician accounts. Applies when the system or an
 * asset falls under hipaa.
 */
export const HEALTHCARE_PHI: readonly RuleInput[] = [
  {
    id: 'HC-I-01',
    title: 'Protected health information is read from the store',
    description:
      'Health records are worth more to criminals than card numbers and ' +
      'cannot be reissued; a store of PHI that any component or staff ' +
      'account can read, or that is kept in clear, exposes every patient in ' +
      'it.',
    stride: ['I'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'healthcare',
    when: PHI,
    unless: GUARDED_STORE,
    actors: ['cybercriminal', 'malicious-insider'],
    attackVector:
      'Bulk reads of patient records with a broad account, or a stolen backup',
    likelihood: {
      easeOfDiscovery: 6,
      easeOfExploit: 5,
      awareness: 8,
      intrusionDetection: 8,
    },
    cwe: ['CWE-359', 'CWE-284'],
    capec: ['CAPEC-1', 'CAPEC-37'],
    owasp: ['A01:2021', 'A02:2021'],
    mitigations: [
      'M-ENCRYPT-AT-REST',
      'M-ACCESS-REVIEW',
      'M-EGRESS-MONITORING',
    ],
  },
  {
    id: 'HC-I-02',
    title: 'PHI crossing a trust boundary is exposed in transit',
    description:
      'Health data that leaves its zone without stated encryption can be ' +
      'captured on the way; HIPAA treats unencrypted PHI that is intercepted ' +
      'as a reportable breach.',
    stride: ['I'],
    target: 'flow',
    pack: 'healthcare',
    when: { all: [PHI, { fact: 'crossesBoundary', equals: true }] },
    unless: { fact: 'encrypted', equals: true },
    actors: ['external-attacker', 'malicious-insider'],
    attackVector:
      'Capturing traffic between the clinical zone and the next one',
    likelihood: {
      easeOfDiscovery: 4,
      easeOfExploit: 3,
      awareness: 7,
      intrusionDetection: 9,
    },
    cwe: ['CWE-319'],
    capec: ['CAPEC-157'],
    owasp: ['A02:2021'],
    mitigations: ['M-TLS', 'M-NETWORK-SEGMENTATION'],
  },
  {
    id: 'HC-I-03',
    title: 'Users see more health information than their role needs',
    description:
      'The minimum-necessary rule asks that each user and service see only ' +
      'the PHI its task needs; a process that returns whole records to any ' +
      'authenticated caller discloses far more, to far more people.',
    stride: ['I', 'E'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'healthcare',
    when: {
      all: [
        PHI,
        { fact: 'entryPoint', equals: true },
        { fact: 'subtype', in: API_PROCESSES },
      ],
    },
    unless: { fact: 'attr.authorization', equals: true },
    actors: ['malicious-insider', 'malicious-customer'],
    attackVector:
      "Browsing or exporting records of patients outside the user's care",
    likelihood: {
      easeOfDiscovery: 6,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-359', 'CWE-213'],
    capec: ['CAPEC-1'],
    owasp: ['A01:2021'],
    mitigations: ['M-DATA-MINIMISATION', 'M-AUTHZ-POLICY', 'M-AUDIT-LOG'],
  },
  {
    id: 'HC-I-04',
    title: 'De-identified research data is re-identified',
    description:
      'Research extracts stripped of names still hold dates, places, rare ' +
      'conditions and free text; linked with other data they can point back ' +
      'to individual patients.',
    stride: ['I'],
    target: 'element',
    elementKinds: ['process', 'data-store'],
    pack: 'healthcare',
    when: {
      all: [
        PHI,
        {
          any: [
            { fact: 'subtype', equals: 'data-warehouse' },
            { fact: 'nameWords', includesAny: RESEARCH_WORDS },
          ],
        },
      ],
    },
    actors: ['competitor', 'malicious-insider'],
    attackVector:
      'Linking quasi-identifiers in the extract with outside data sets',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 4,
      awareness: 5,
      intrusionDetection: 9,
    },
    cwe: ['CWE-359', 'CWE-200'],
    capec: ['CAPEC-118'],
    owasp: ['A04:2021'],
    mitigations: ['M-DEIDENTIFY', 'M-DATA-MINIMISATION', 'M-EGRESS-MONITORING'],
  },
  {
    id: 'HC-S-01',
    title: 'A clinician account is shared or stolen',
    description:
      'Shared workstation logins, passwords on sticky notes and phished ' +
      "credentials let someone act in the health record under a clinician's " +
      "name, with that clinician's access to patients.",
    stride: ['S'],
    target: 'element',
    elementKinds: ['process'],
    pack: 'healthcare',
    when: {
      all: [PHI, RESTRICTED, { fact: 'authenticates', equals: true }],
    },
    unless: { fact: 'attr.authentication', equals: 'mfa' },
    actors: ['malicious-insider', 'cybercriminal'],
    attackVector:
      'A shared or phished clinician login used on the clinical application',
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 5,
      awareness: 7,
      intrusionDetection: 8,
    },
    cwe: ['CWE-308', 'CWE-287'],
    capec: ['CAPEC-560', 'CAPEC-98'],
    owasp: ['A07:2021'],
    mitigations: ['M-MFA', 'M-SESSION-HARDENING', 'M-ACCESS-REVIEW'],
  },
];
