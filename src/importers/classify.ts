import type { ElementKind, ElementSubtype } from '../model/vocabulary';
import { words } from './text';

/**
 * Guesses what an element is from its name. Rules are tried in order and
 * the first match wins: stores first (so "Customer Database" is a store,
 * not a customer), then outside parties, then processes. `unless` stops a
 * rule for names such as "User Service", which is a process. Each entry of
 * a word list is a regular expression matched against whole words.
 */
interface Rule {
  readonly kind: ElementKind;
  readonly subtype: ElementSubtype;
  readonly pattern: RegExp;
  readonly unless?: RegExp;
}

type RuleRow = readonly [
  ElementKind,
  ElementSubtype,
  readonly string[],
  (readonly string[])?,
];

const SERVING = [
  'service',
  'server',
  'api',
  'backend',
  'portal',
  'app',
  'application',
  'system',
  'manager',
  'management',
  'controller',
  'gateway',
  'database',
  'db',
  'directory',
  'registry',
  'library',
  'sdk',
  'id',
];

// prettier-ignore
const ROWS: readonly RuleRow[] = [
  ['data-store', 'secret-store', ['vault', 'secrets?', 'kms', 'hsm', 'key ?store', 'keychain']],
  ['data-store', 'log-store', ['logs?', 'audit', 'audit trail', 'siem', 'journal'],
    ['shipper', 'collector', 'forwarder', 'agent', 'service', 'processor', 'ingest\\w*']],
  ['data-store', 'cache', ['cache', 'redis', 'memcached?']],
  ['data-store', 'queue', ['queues?', 'sqs', 'mailbox'], ['workers?', 'consumers?', 'processor']],
  ['data-store', 'object-storage', ['buckets?', 's3', 'blob', 'object (store|storage)']],
  ['data-store', 'data-warehouse',
    ['warehouse', 'data ?lake', 'lakehouse', 'snowflake', 'bigquery', 'redshift']],
  ['data-store', 'database',
    ['databases?', 'db', 'dbs', 'sql', 'postgres(ql)?', 'mysql', 'mariadb', 'mongo(db)?',
      'dynamo(db)?', 'cassandra', 'etcd', 'rds', 'aurora', 'cosmos ?db', 'firestore',
      'elasticsearch', 'nosql'],
    ['proxy', 'client', 'migrat\\w*']],
  ['data-store', 'file-system', ['file ?(system|share|server|store)s?', 'nfs', 'disk', 'volume']],
  ['data-store', 'generic', ['store', 'storage', 'data ?store', 'repository'],
    ['service', 'api', 'app', 'front ?end', 'web']],

  ['external-entity', 'administrator',
    ['administrators?', 'admin users?', 'operators?', 'sysadmins?']],
  ['external-entity', 'browser', ['browsers?', 'web ?client', 'user agent']],
  ['external-entity', 'mobile-app', ['mobile', 'ios', 'android', 'phone', 'smartphone', 'tablet'],
    ['backend', 'bff', 'api', 'service', 'server']],
  ['external-entity', 'desktop-app', ['desktop', 'workstation', 'laptop'], ['service', 'server']],
  ['external-entity', 'iot-device',
    ['iot', 'devices?', 'sensors?', 'cameras?', 'thermostat', 'plc', 'vehicle'],
    ['service', 'server', 'gateway', 'hub', 'registry', 'management', 'manager', 'api']],
  ['external-entity', 'payment-provider',
    ['payment (gateway|provider|processor|network)', 'psp', 'stripe', 'paypal', 'adyen',
      'braintree', 'card (network|scheme)', 'acquirer'],
    ['internal', 'adapter']],
  ['external-entity', 'identity-provider',
    ['identity provider', 'idp', 'okta', 'auth0', 'azure ad', 'entra', 'ping ?identity',
      'onelogin', 'social login']],
  ['external-entity', 'third-party-api',
    ['(third party|partner|vendor|external|saas)\\b.*\\bapis?',
      'apis?\\b.*\\b(third party|partner|vendor|external)']],
  ['external-entity', 'external-system',
    ['third party', 'partners?', 'vendors?', 'external', 'saas', 'suppliers?', 'bank', 'regulator'],
    ['load balancer', 'gateway', 'proxy', 'firewall']],
  ['external-entity', 'user',
    ['users?', 'customers?', 'clients?', 'persons?', 'people', 'employees?', 'staff', 'merchants?',
      'visitors?', 'actors?', 'patients?', 'members?', 'shoppers?', 'buyers?', 'sellers?',
      'guests?', 'humans?'],
    SERVING],

  ['process', 'identity-provider',
    ['auth', 'authn', 'authentication', 'authorization', 'authz', 'identity', 'idp', 'sso',
      'login', 'sign ?in', 'oauth2?', 'oidc', 'keycloak', 'iam', 'cognito', 'ldap',
      'active directory', 'sts']],
  ['process', 'load-balancer',
    ['load ?balancers?', 'load balancing', 'lb', 'alb', 'elb', 'nlb', 'haproxy']],
  ['process', 'firewall', ['firewall', 'waf', 'ids', 'ips']],
  ['process', 'reverse-proxy',
    ['reverse proxy', 'proxy', 'nginx', 'envoy', 'ingress', 'traefik', 'cdn']],
  ['process', 'api-gateway', ['api gateway', 'apigw', 'gateway', 'api management', 'apim']],
  ['process', 'message-broker',
    ['brokers?', 'kafka', 'rabbitmq', 'activemq', 'nats', 'event ?bus', 'event ?hub', 'pub ?sub',
      'sns', 'kinesis', 'service bus']],
  ['process', 'function', ['functions?', 'lambda', 'serverless', 'faas']],
  ['process', 'ml-model',
    ['ml', 'machine learning', 'llm', 'ai', 'model serving', 'inference', 'classifier',
      'recommender', 'chatbot']],
  ['process', 'container', ['containers?', 'pods?', 'docker', 'sidecar']],
  ['process', 'ci-pipeline',
    ['ci', 'cd', 'pipeline', 'jenkins', 'build (server|agent|system)', 'github actions', 'gitlab',
      'circleci', 'argo ?cd']],
  ['process', 'batch-job',
    ['batch', 'cron', 'jobs?', 'scheduler', 'workers?', 'etl', 'daemon', 'background']],
  ['process', 'admin-console', ['admin', 'administration', 'console', 'back ?office', 'dashboard']],
  ['process', 'web-application',
    ['web ?app(lication)?s?', 'website', 'web ?site', 'front ?end', 'portal', 'web ?server',
      'web ui', 'ui', 'cms', 'storefront']],
  ['process', 'service',
    ['services?', 'microservices?', 'apis?', 'servers?', 'backend', 'back end', 'controllers?',
      'app', 'application', 'engine', 'processor', 'handler', 'manager', 'bff']],
];

const RULES: readonly Rule[] = ROWS.map(([kind, subtype, match, unless]) =>
  unless === undefined
    ? { kind, subtype, pattern: wholeWords(match) }
    : { kind, subtype, pattern: wholeWords(match), unless: wholeWords(unless) },
);

export interface Guess {
  readonly kind: ElementKind;
  readonly subtype: ElementSubtype;
}

/** Kind and subtype from a name alone: a plain process when nothing matches. */
export function classify(name: string): Guess {
  const rule = firstMatch(RULES, name);
  return rule === undefined
    ? { kind: 'process', subtype: 'generic' }
    : { kind: rule.kind, subtype: rule.subtype };
}

/** The subtype of an element whose kind the file states. */
export function subtypeFor(kind: ElementKind, name: string): ElementSubtype {
  const ofKind = RULES.filter((rule) => rule.kind === kind);
  return firstMatch(ofKind, name)?.subtype ?? 'generic';
}

function firstMatch(rules: readonly Rule[], name: string): Rule | undefined {
  const text = words(name);
  return rules.find(
    (rule) => rule.pattern.test(text) && !(rule.unless?.test(text) ?? false),
  );
}

function wholeWords(alternatives: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`);
}
