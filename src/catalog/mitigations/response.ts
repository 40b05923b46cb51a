import type { MitigationInput } from '../input';

/**
 * Corrective mitigations: what limits the damage once something has gone
 * wrong, from key rotation to restores.
 */
export const RESPONSE_MITIGATIONS: readonly MitigationInput[] = [
  {
    id: 'M-KEY-ROTATION',
    title: 'Rotate keys and credentials on a schedule and after incidents',
    description:
      'Make every key and credential replaceable without downtime, rotate on ' +
      'a schedule, and rotate immediately when exposure is suspected.',
    controlType: 'corrective',
    effort: 3,
    asvs: ['V1.6.3', 'V2.10.1'],
    acceptanceCriteria: [
      'Every key and credential has a documented rotation procedure and owner.',
      'A rotation can be done without downtime, shown by a rehearsal in the ' +
        'last year.',
      'Credentials found exposed are rotated within 24 hours.',
    ],
  },
  {
    id: 'M-CREDENTIAL-REVOCATION',
    title: 'Revoke the sessions, tokens and keys of a compromised account',
    description:
      'Be able to end every session and revoke every token, key and device ' +
      'credential of an account or device at once when compromise is ' +
      'suspected.',
    controlType: 'corrective',
    effort: 2,
    asvs: ['V3.3.3', 'V3.3.4'],
    acceptanceCriteria: [
      'One action revokes all sessions and tokens of a given account or ' +
        'device.',
      'Revoked tokens stop working within 5 minutes everywhere.',
    ],
  },
  {
    id: 'M-INCIDENT-RESPONSE',
    title: 'Prepare and rehearse an incident response runbook',
    description:
      'Write runbooks for the likely incidents (data breach, ransomware, ' +
      'account takeover, provider outage) with roles, contacts and ' +
      'regulatory notification steps, and rehearse them.',
    controlType: 'corrective',
    effort: 3,
    asvs: ['V7.1.4', 'V11.1.8'],
    acceptanceCriteria: [
      'Runbooks exist for breach, ransomware, account takeover and provider ' +
        'outage.',
      'A tabletop exercise has been held in the last 12 months and its ' +
        'actions tracked.',
    ],
  },
  {
    id: 'M-BACKUP-RESTORE',
    title: 'Back up data to an isolated location and test restores',
    description:
      'Take regular, immutable backups kept apart from production ' +
      'credentials, and restore from them on a schedule to prove they work ' +
      'within the recovery objectives.',
    controlType: 'corrective',
    effort: 3,
    asvs: ['V8.1.5', 'V8.1.6'],
    acceptanceCriteria: [
      'Backups are immutable or held in an account production credentials ' +
        'cannot reach.',
      'A restore test within the last quarter met the recovery time objective.',
    ],
  },
  {
    id: 'M-CIRCUIT-BREAKER',
    title:
      'Add timeouts, circuit breakers and a degraded mode for failing ' +
      'dependencies',
    description:
      'Give each call to a dependency a timeout and a circuit breaker, and ' +
      'define what the system does when the dependency is down (queue, retry ' +
      'later or degrade).',
    controlType: 'corrective',
    effort: 2,
    asvs: ['V7.4.2'],
    acceptanceCriteria: [
      'Every outbound call has a timeout and a circuit breaker.',
      'With the dependency unavailable, the system stays up and tells users ' +
        'what is degraded.',
    ],
  },
];
