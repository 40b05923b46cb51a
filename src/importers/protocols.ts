/**
 * Reads transport facts from the words of an edge label or a protocol
 * field: "HTTPS", "gRPC/mTLS", "SQL over TLS", "Kafka (SSL)". Protocols are
 * named as URL schemes where one exists, and a secured variant of a
 * protocol that has no scheme of its own becomes `name+tls`.
 */
export interface Transport {
  readonly protocol?: string;
  readonly encrypted?: boolean;
  readonly authenticated?: boolean;
}

/** Protocol words: [canonical name, whether it encrypts (absent: unknown)]. */
const PROTOCOLS: Readonly<Record<string, readonly [string, boolean?]>> = {
  https: ['https', true],
  http: ['http', false],
  http2: ['http2'],
  h2: ['http2'],
  http3: ['http3', true],
  quic: ['http3', true],
  grpc: ['grpc'],
  grpcs: ['grpcs', true],
  sql: ['sql'],
  jdbc: ['jdbc'],
  odbc: ['odbc'],
  tds: ['tds'],
  amqp: ['amqp', false],
  amqps: ['amqps', true],
  kafka: ['kafka'],
  websocket: ['websocket'],
  websockets: ['websocket'],
  ws: ['ws', false],
  wss: ['wss', true],
  sftp: ['sftp', true],
  ftps: ['ftps', true],
  ftp: ['ftp', false],
  tftp: ['tftp', false],
  scp: ['scp', true],
  ssh: ['ssh', true],
  smtp: ['smtp', false],
  smtps: ['smtps', true],
  imap: ['imap', false],
  imaps: ['imaps', true],
  pop3: ['pop3', false],
  pop3s: ['pop3s', true],
  mqtt: ['mqtt', false],
  mqtts: ['mqtts', true],
  coap: ['coap', false],
  coaps: ['coaps', true],
  ldap: ['ldap', false],
  ldaps: ['ldaps', true],
  redis: ['redis', false],
  rediss: ['rediss', true],
  nfs: ['nfs'],
  smb: ['smb'],
  cifs: ['smb'],
  tcp: ['tcp'],
  udp: ['udp'],
  dns: ['dns'],
  rdp: ['rdp'],
  snmp: ['snmp'],
  syslog: ['syslog', false],
  telnet: ['telnet', false],
  ipsec: ['ipsec', true],
  wireguard: ['wireguard', true],
  vpn: ['vpn', true],
  upnp: ['upnp'],
  soap: ['soap'],
};

/** Words that secure whatever protocol they accompany. */
const SECURING = new Set(['tls', 'ssl', 'mtls', 'dtls']);
const PLAIN_WORDS = new Set([
  'unencrypted',
  'plaintext',
  'cleartext',
  'insecure',
]);
const AUTH_WORDS = new Set([
  'authenticated',
  'jwt',
  'oauth',
  'oauth2',
  'bearer',
  'signed',
]);
const ANONYMOUS_WORDS = new Set(['unauthenticated', 'anonymous']);

/** Everything a label says about its transport; fields stay absent when it says nothing. */
export function readTransport(label: string): Transport {
  const tokens = label
    .toLowerCase()
    .replace(/\bhttp\/s\b/g, 'https')
    .split(/[^a-z0-9]+/)
    .filter((token) => token !== '');

  const base = tokens.map((t) => PROTOCOLS[t]).find((p) => p !== undefined);
  const securing = tokens.find((t) => SECURING.has(t));
  const protocol = combine(base, securing);
  const encrypted = tokens.some((t) => PLAIN_WORDS.has(t))
    ? false
    : securing !== undefined || tokens.includes('encrypted')
      ? true
      : base?.[1];

  return {
    ...(protocol === undefined ? {} : { protocol }),
    ...(encrypted === undefined ? {} : { encrypted }),
    ...authentication(tokens, securing),
  };
}

/**
 * A protocol field as a file states it: its canonical name when known,
 * else the text itself, lower-cased and cut to the model's 50 characters.
 */
export function normalizeProtocol(field: string): Transport {
  const facts = readTransport(field);
  if (facts.protocol !== undefined) return facts;

  const raw = field.trim().toLowerCase().slice(0, 50);
  return raw === '' ? facts : { ...facts, protocol: raw };
}

function combine(
  base: readonly [string, boolean?] | undefined,
  securing: string | undefined,
): string | undefined {
  if (base === undefined) return securing;
  if (securing === undefined || base[1] === true) return base[0];

  const secured = PROTOCOLS[`${base[0]}s`];
  return secured?.[1] === true ? secured[0] : `${base[0]}+${securing}`;
}

function authentication(
  tokens: readonly string[],
  securing: string | undefined,
): { authenticated?: boolean } {
  if (tokens.some((t) => ANONYMOUS_WORDS.has(t)))
    return { authenticated: false };
  if (securing === 'mtls' || tokens.some((t) => AUTH_WORDS.has(t))) {
    return { authenticated: true };
  }
  if (tokens.join(' ').includes('api key')) return { authenticated: true };
  return {};
}
