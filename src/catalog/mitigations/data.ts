import type { MitigationInput } from '../input';

/**
 * Mitigations that protect data in transit and at rest, keep less of it and
 * keep track of where it came from.
 */
export const DATA_MITIGATIONS: readonly MitigationInput[] = [
  {
    id: 'M-TLS',
    title: 'Encrypt traffic in transit with TLS 1.2 or later',
    description:
      'Use TLS 1.2 or 1.3 with strong cipher suites for every connection, ' +
      'internal ones included, verify certificates, and send HSTS on web ' +
      'endpoints.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V9.1.1', 'V9.1.2', 'V9.1.3', 'V9.2.2'],
    acceptanceCriteria: [
      'A scan shows no endpoint accepting SSL, TLS 1.0 or TLS 1.1.',
      'Connections between internal components use TLS with certificate ' +
        'verification on.',
      'Web responses carry a Strict-Transport-Security header.',
    ],
  },
  {
    id: 'M-CERT-PINNING',
    title: 'Pin the back-end certificate or key in the mobile app',
    description:
      "Pin the public key of the back end (with a backup pin) in the app's " +
      'network configuration so a user-installed or rogue root certificate ' +
      'cannot intercept traffic.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V9.2.1'],
    acceptanceCriteria: [
      'The app refuses to connect through an intercepting proxy with a ' +
        'user-installed root.',
      'A backup pin and a documented rotation procedure exist.',
    ],
  },
  {
    id: 'M-ENCRYPT-AT-REST',
    title: 'Encrypt stored data with managed keys',
    description:
      'Encrypt data stores, backups and snapshots with keys held in a key ' +
      'management service, and encrypt the most sensitive fields at the ' +
      'application level.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V6.1.1', 'V6.1.2', 'V6.1.3'],
    acceptanceCriteria: [
      'Storage, backups and snapshots of the store are encrypted, shown by ' +
        'configuration checks.',
      'Encryption keys live in a key management service and access to them ' +
        'is logged.',
    ],
  },
  {
    id: 'M-TOKENIZE-CARD-DATA',
    title: 'Keep card numbers out of your systems with processor tokens',
    description:
      "Capture card details in the processor's hosted fields or SDK and " +
      'handle only tokens, so that card numbers never reach your servers, ' +
      'logs or stores.',
    controlType: 'preventive',
    effort: 4,
    asvs: ['V6.1.3', 'V8.3.4'],
    acceptanceCriteria: [
      'No service, log or store of the system receives a full card number, ' +
        'checked by a scan for card-number patterns.',
      'Payments are made with processor tokens only.',
      'Security codes are never stored after authorisation.',
    ],
  },
  {
    id: 'M-DATA-MINIMISATION',
    title: 'Collect, return and keep only the fields a purpose needs',
    description:
      'List the data each feature and each recipient needs, send and store ' +
      'nothing more, and delete data when its retention period ends.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V8.3.4', 'V8.3.8'],
    acceptanceCriteria: [
      'Each outbound integration has a documented field list and sends ' +
        'nothing beyond it.',
      'Records past their retention period are deleted by a scheduled job.',
    ],
  },
  {
    id: 'M-NO-SENSITIVE-LOGS',
    title: 'Keep credentials, card data and health data out of logs',
    description:
      'Redact or drop passwords, tokens, card numbers, security codes and ' +
      'health data before anything is logged, traced or sent to an error ' +
      'tracker.',
    controlType: 'preventive',
    effort: 1,
    asvs: ['V7.1.1', 'V7.1.2'],
    acceptanceCriteria: [
      'A log scan for card numbers, tokens and password fields finds none.',
      'Logging helpers redact known sensitive field names by default.',
    ],
  },
  {
    id: 'M-SECRETS-VAULT',
    title: 'Move secrets into a vault and out of code and images',
    description:
      'Keep passwords, keys and tokens in a secret manager, fetch them at ' +
      'runtime with the workload identity, and scan repositories and images ' +
      'for leaked secrets.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V2.10.4', 'V6.4.1', 'V1.6.2'],
    acceptanceCriteria: [
      'No secret appears in source control, images or plain environment ' +
        'configuration, checked by a secret scanner in CI.',
      'Workloads read secrets from the vault with their own identity.',
    ],
  },
  {
    id: 'M-DEIDENTIFY',
    title: 'De-identify personal data before research, analytics or training',
    description:
      'Remove or generalise direct and indirect identifiers, keep the ' +
      're-identification key apart, and check extracts against a ' +
      're-identification risk threshold before release.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V8.3.4', 'V6.1.2'],
    acceptanceCriteria: [
      'Extracts contain no direct identifiers, checked automatically before ' +
        'release.',
      'Dates, places and rare values are generalised to the agreed level.',
      'The mapping back to patients or customers is held only in the source ' +
        'zone.',
    ],
  },
  {
    id: 'M-MOBILE-SECURE-STORAGE',
    title: 'Store app secrets and sensitive data in the platform keystore',
    description:
      'Keep tokens and keys in the iOS Keychain or Android Keystore, encrypt ' +
      'any sensitive local data with keys held there, and exclude it from ' +
      'backups.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V8.2.2', 'V6.4.2'],
    acceptanceCriteria: [
      'No token or personal data is stored in plain preferences, files or ' +
        'databases on the device.',
      'Sensitive app data is excluded from device backups.',
    ],
  },
  {
    id: 'M-THIRD-PARTY-REVIEW',
    title: 'Assess and contractually bind third parties that receive data',
    description:
      'Before sending data to an outside party, review its security and ' +
      'compliance evidence, agree what it may do with the data, and review ' +
      'both yearly.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V1.8.1', 'V1.8.2'],
    acceptanceCriteria: [
      'Each outside recipient has a data processing agreement on file.',
      'Compliance evidence for each recipient is reviewed at least yearly.',
    ],
  },
  {
    id: 'M-TRANSACTION-INTEGRITY',
    title: 'Compute payment details on the server and bind them to the request',
    description:
      'Take amounts, currency and payee from server-side records, not the ' +
      'client, and sign or hash the authorised details so any later change ' +
      'is detected.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V11.1.5', 'V13.2.6'],
    acceptanceCriteria: [
      'Changing the amount, currency or payee in a client request does not ' +
        'change what is charged.',
      'The authorised amount is checked against the order total before ' +
        'capture.',
    ],
  },
  {
    id: 'M-DATA-PROVENANCE',
    title: 'Record and verify the source and checksum of every dataset',
    description:
      'Track where each training or research dataset came from, who changed ' +
      'it and its checksum, and verify it before each training or analysis ' +
      'run.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V10.3.2', 'V5.1.3'],
    acceptanceCriteria: [
      'Every dataset version used for training has a recorded source, owner ' +
        'and checksum.',
      'A run refuses a dataset whose checksum does not match its record.',
    ],
  },
];
