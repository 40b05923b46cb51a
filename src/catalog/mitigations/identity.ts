import type { MitigationInput } from '../input';

/**
 * Mitigations that prove who is calling: people, services, messages and
 * devices.
 */
export const IDENTITY_MITIGATIONS: readonly MitigationInput[] = [
  {
    id: 'M-MFA',
    title: 'Require multi-factor authentication',
    description:
      'Ask for a second, phishing-resistant factor (passkey, security key or ' +
      'authenticator app) at sign-in for every user, and always for ' +
      'administrators.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V2.2.4', 'V4.3.1'],
    acceptanceCriteria: [
      'Signing in with a correct password alone does not create a session.',
      'Every administrator account has a phishing-resistant factor enrolled.',
      'Turning off the second factor needs re-authentication and notifies ' +
        'the user.',
    ],
  },
  {
    id: 'M-ANTI-AUTOMATION',
    title: 'Throttle and challenge repeated login and form attempts',
    description:
      'Limit failed attempts per account and per source, add progressive ' +
      'delays or challenges, and detect distributed attempts across many ' +
      'accounts.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V2.2.1', 'V11.1.4'],
    acceptanceCriteria: [
      'More than 10 failed logins for one account within 15 minutes are ' +
        'slowed or challenged.',
      'A test replaying 1,000 credential pairs from one source is blocked ' +
        'before it finishes.',
      'Throttling events are logged with the source and the targeted account.',
    ],
  },
  {
    id: 'M-PASSWORD-POLICY',
    title: 'Reject weak and breached passwords and hash them slowly',
    description:
      'Require at least 12 characters, check new passwords against a list of ' +
      'breached ones, and store them with a salted, slow hash such as ' +
      'Argon2id or bcrypt.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V2.1.1', 'V2.1.7', 'V2.4.1'],
    acceptanceCriteria: [
      'A password found in the breached-password list is refused at sign-up ' +
        'and on change.',
      'Stored password hashes use Argon2id, scrypt, bcrypt or PBKDF2 with a ' +
        'per-user salt.',
    ],
  },
  {
    id: 'M-TOKEN-VALIDATION',
    title: 'Validate the signature, issuer, audience and expiry of every token',
    description:
      'Accept only tokens signed with an expected algorithm and key, issued ' +
      'by the expected issuer for this audience and not expired; prefer ' +
      'short-lived user tokens to static keys.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V3.5.2', 'V3.5.3'],
    acceptanceCriteria: [
      'Tokens with no signature, an unexpected algorithm or a wrong audience ' +
        'are rejected with 401.',
      'Expired tokens are rejected and token lifetime is at most one hour ' +
        'for access tokens.',
      'Automated tests cover each of these rejection cases.',
    ],
  },
  {
    id: 'M-SESSION-HARDENING',
    title: 'Harden session cookies and expire idle sessions',
    description:
      'Issue a new session on sign-in, mark cookies Secure, HttpOnly and ' +
      'SameSite, and end sessions after inactivity and on sign-out.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V3.2.1', 'V3.3.2', 'V3.4.1', 'V3.4.2', 'V3.4.3'],
    acceptanceCriteria: [
      'Session cookies carry the Secure, HttpOnly and SameSite attributes.',
      'A session token issued before sign-in stops working after sign-in.',
      'Idle sessions expire after the agreed timeout and sign-out ' +
        'invalidates the token on the server.',
    ],
  },
  {
    id: 'M-SERVICE-AUTH',
    title:
      'Authenticate service-to-service calls with mutual TLS or workload ' +
      'tokens',
    description:
      'Give each service its own identity and make every receiver verify the ' +
      'caller, with mutual TLS or short-lived signed workload tokens, ' +
      'instead of trusting the network.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V1.2.2', 'V9.2.3'],
    acceptanceCriteria: [
      'A call from a workload without a valid client identity is refused.',
      'Each service has its own credential; no two services share one.',
      'Workload credentials are issued automatically and live no longer than ' +
        '24 hours.',
    ],
  },
  {
    id: 'M-MESSAGE-SIGNATURE',
    title: 'Sign messages and callbacks and verify them on receipt',
    description:
      'Sign webhooks, queue messages and device commands with a key the ' +
      'receiver can verify, include a timestamp or nonce, and drop anything ' +
      'unsigned, altered or replayed.',
    controlType: 'preventive',
    effort: 2,
    asvs: ['V13.2.6', 'V1.9.2'],
    acceptanceCriteria: [
      'A message with a missing or wrong signature is rejected and logged.',
      'A valid message replayed after its time window is rejected.',
      'Signing keys are stored in the secret store and can be rotated ' +
        'without downtime.',
    ],
  },
  {
    id: 'M-STEP-UP-AUTH',
    title: 'Re-authenticate the user before high-value transactions',
    description:
      'Ask for a fresh second factor or strong customer authentication ' +
      'before payments, payee changes and other high-value or irreversible ' +
      'actions, and bind it to that transaction.',
    controlType: 'preventive',
    effort: 3,
    asvs: ['V3.7.1'],
    acceptanceCriteria: [
      'A high-value transaction without a fresh authentication in the last 5 ' +
        'minutes is refused.',
      'The recorded transaction references the authentication event that ' +
        'approved it.',
    ],
  },
  {
    id: 'M-DEVICE-IDENTITY',
    title: 'Give every device its own hardware-protected identity',
    description:
      'Provision each device or app install with a unique key pair kept in a ' +
      'secure element, TPM or platform keystore, and use it to authenticate ' +
      'and sign what the device sends.',
    controlType: 'preventive',
    effort: 4,
    asvs: ['V2.9.1', 'V1.2.2'],
    acceptanceCriteria: [
      'No credential is shared between two devices.',
      'Device private keys cannot be exported from the secure element or ' +
        'keystore.',
      'The back end refuses a device whose certificate is unknown or revoked.',
    ],
  },
];
