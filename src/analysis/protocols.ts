/**
 * Whether a protocol encrypts in transit, when a flow does not say. A
 * protocol missing from both lists is unknown: the fact stays absent and
 * no rule reads it as plain text.
 */
const ENCRYPTED = new Set([
  'https',
  'http3',
  'tls',
  'dtls',
  'mtls',
  'grpcs',
  'wss',
  'sftp',
  'ftps',
  'scp',
  'ssh',
  'ldaps',
  'amqps',
  'mqtts',
  'smtps',
  'imaps',
  'pop3s',
  'rediss',
  'ipsec',
  'wireguard',
  'vpn',
]);

const PLAIN = new Set([
  'http',
  'ftp',
  'tftp',
  'telnet',
  'ws',
  'ldap',
  'mqtt',
  'amqp',
  'smtp',
  'imap',
  'pop3',
  'redis',
  'syslog',
]);

/** `jdbc+tls`, `kafka+ssl` and the like name their transport security. */
const SECURE_SUFFIX = /\+(tls|ssl|mtls)$/;

export function encryptionOf(
  protocol: string | undefined,
): boolean | undefined {
  if (protocol === undefined) return undefined;

  const name = protocol.trim().toLowerCase();
  if (ENCRYPTED.has(name) || SECURE_SUFFIX.test(name)) return true;
  if (PLAIN.has(name)) return false;
  return undefined;
}
