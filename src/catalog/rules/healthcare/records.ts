import type { RuleInput } from '../../input';
import {
  PHI,
  RECORD_WORDS,
  RESEARCH_WORDS,
  SECURED_CHANNEL,
} from '../conditions';

/**
 * Healthcare pack, continued: tampering with medical records and research
 * data, unlogged record access and ransomware on clinical stores.
 */
export const HEALTHCARE_RECORDS: readonly RuleInput[] = [
  {
    id: 'HC-T-01',
    title: 'Medical records are altered without an attributable trail',
    description:
      'A changed diagnosis, allergy or medication list harms patients; if ' +
      'the record holds no tamper-evident history of who changed what, the ' +
      'change cannot be detected, attributed or reversed with confidence.',
    stride: ['T', 'R'],
    target: 'element',
    elementKinds: ['process', 'data-store'],
    pack: 'healthcare',
    when: {
      all: [
        PHI,
        {
          any: [
            { fact: 'subtype', equals: 'database' },
            { fact: 'nameWords', includesAny: RECORD_WORDS },
          ],
        },
      ],
    },
    unless: { fact: 'attr.auditTrail', equals: true },
    actors: ['malicious-insider', 'cybercriminal'],
    attackVector:
      'Editing clinical entries through the application or the database ' +
      'directly',
    likelihood: {
      easeOfDiscovery: 7,
      easeOfExploit: 6,
      awareness: 8,
      intrusionDetection: 9,
    },
    cwe: ['CWE-284', 'CWE-778'],
    capec: ['CAPEC-122', 'CAPEC-268'],
    owasp: ['A01:2021', 'A09:2021'],
    mitigations: ['M-AUDIT-LOG', 'M-LOG-PROTECTION', 'M-BACKUP-RESTORE'],
  },
  {
    id: 'HC-T-02',
    title: 'Research data is poisoned',
    description:
      'Research and analytics stores and the pipelines that fill them decide ' +
      'what studies and models conclude; altered or injected records skew ' +
      'results, and models trained on them, without any visible failure.',
    stride: ['T'],
    target: 'element',
    elementKinds: ['process', 'data-store'],
    pack: 'healthcare',
    when: {
      all: [
        PHI,
        {
          any: [
            {
              fact: 'subtype',
              in: ['data-warehouse', 'ml-model', 'batch-job'],
            },
            { fact: 'nameWords', includesAny: RESEARCH_WORDS },
          ],
        },
      ],
    },
    unless: {
      all: [
        { fact: 'attr.inputValidation', equals: true },
        { fact: 'attr.auditTrail', equals: true },
      ],
    },
    actors: ['malicious-insider', 'competitor'],
    attackVector:
      'Injecting or altering records in the research store or the pipeline ' +
      'feeding it',
    likelihood: {
      easeOfDiscovery: 6,
      easeOfExploit: 6,
      awareness: 7,
      intrusionDetection: 9,
    },
    cwe: ['CWE-345', 'CWE-20'],
    capec: ['CAPEC-153'],
    owasp: ['A08:2021'],
    mitigations: ['M-DATA-PROVENANCE', 'M-AUDIT-LOG', 'M-BACKUP-RESTORE'],
  },
  {
    id: 'HC-T-03',
    title: 'Research data is altered on its way into the research store',
    description:
      'Extracts moving from clinical systems to research storage pass ' +
      'through pipelines and networks outside the clinical zone; without an ' +
      'authenticated, encrypted hand-off they can be altered or replaced in ' +
      'transit.',
    stride: ['T'],
    target: 'flow',
    pack: 'healthcare',
    when: {
      all: [
        PHI,
        { fact: 'toDataStore', equals: true },
        {
          any: [
            { fact: 'target.subtype', equals: 'data-warehouse' },
            { fact: 'target.nameWords', includesAny: RESEARCH_WORDS },
          ],
        },
      ],
    },
    unless: SECURED_CHANNEL,
    actors: ['malicious-insider', 'external-attacker'],
    attackVector:
      'Modifying or substituting an extract between the pipeline and the store',
    likelihood: {
      easeOfDiscovery: 3,
      easeOfExploit: 4,
      awareness: 5,
      intrusionDetection: 9,
    },
    cwe: ['CWE-345', 'CWE-924'],
    capec: ['CAPEC-94'],
    owasp: ['A08:2021'],
    mitigations: ['M-DATA-PROVENANCE', 'M-SERVICE-AUTH', 'M-TLS'],
  },
  {
    id: 'HC-R-01',
    title: 'Access to health records is not logged',
    description:
      'HIPAA requires a record of who viewed or changed PHI; without it, ' +
      'snooping on patients, a common insider breach, goes unseen and ' +
      "patients' access reports cannot be produced.",
    stride: ['R'],
    target: 'element',
    elementKinds: ['process', 'data-store'],
    pack: 'healthcare',
    when: PHI,
    unless: { fact: 'attr.logging', equals: true },
    actors: ['malicious-insider'],
    attackVector:
      "Looking up patients outside one's care, knowing reads are not recorded",
    likelihood: {
      easeOfDiscovery: 5,
      easeOfExploit: 7,
      awareness: 6,
      intrusionDetection: 9,
    },
    cwe: ['CWE-778'],
    capec: ['CAPEC-268'],
    owasp: ['A09:2021'],
    mitigations: ['M-AUDIT-LOG', 'M-ACCESS-REVIEW', 'M-SECURITY-MONITORING'],
  },
  {
    id: 'HC-D-01',
    title: 'Clinical data is made unavailable by ransomware',
    description:
      'Hospitals are a favourite ransomware target because downtime ' +
      'endangers patients; clinical stores without isolated, tested backups ' +
      'turn an infection into days without records.',
    stride: ['D'],
    target: 'element',
    elementKinds: ['data-store'],
    pack: 'healthcare',
    when: PHI,
    unless: { fact: 'attr.backups', equals: true },
    actors: ['cybercriminal'],
    attackVector: 'Ransomware encrypting clinical stores and reachable backups',
    likelihood: {
      easeOfDiscovery: 6,
      easeOfExploit: 6,
      awareness: 8,
      intrusionDetection: 5,
    },
    cwe: ['CWE-732'],
    capec: ['CAPEC-607'],
    owasp: [],
    mitigations: [
      'M-BACKUP-RESTORE',
      'M-INCIDENT-RESPONSE',
      'M-NETWORK-SEGMENTATION',
    ],
  },
];
