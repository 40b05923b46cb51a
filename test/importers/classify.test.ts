import { classify, subtypeFor } from '../../src/importers/classify';
import { isValidId } from '../../src/importers/ids';
import {
  normalizeProtocol,
  readTransport,
} from '../../src/importers/protocols';
import { Id } from '../../src/model/schema';

describe('classify', () => {
  test.each([
    ['Customer Database', 'data-store', 'database'],
    ['Payment Audit Log', 'data-store', 'log-store'],
    ['Session Cache', 'data-store', 'cache'],
    ['Order Queue', 'data-store', 'queue'],
    ['Queue Worker', 'process', 'batch-job'],
    ['Invoice Bucket', 'data-store', 'object-storage'],
    ['Sales Data Warehouse', 'data-store', 'data-warehouse'],
    ['HashiCorp Vault', 'data-store', 'secret-store'],
    ['Customer Browser', 'external-entity', 'browser'],
    ['Mobile App', 'external-entity', 'mobile-app'],
    ['Mobile Backend', 'process', 'service'],
    ['Smart Thermostat Device', 'external-entity', 'iot-device'],
    ['Device Management Service', 'process', 'service'],
    ['Payment Gateway API', 'external-entity', 'payment-provider'],
    ['Partner Shipping API', 'external-entity', 'third-party-api'],
    ['Third-party analytics', 'external-entity', 'external-system'],
    ['Customer', 'external-entity', 'user'],
    ['User Service', 'process', 'service'],
    ['Platform Administrator', 'external-entity', 'administrator'],
    ['Admin Console', 'process', 'admin-console'],
    ['Load Balancer', 'process', 'load-balancer'],
    ['Web Application Gateway', 'process', 'api-gateway'],
    ['Authentication Service', 'process', 'identity-provider'],
    ['Okta', 'external-entity', 'identity-provider'],
    ['Thumbnail Lambda', 'process', 'function'],
    ['Fraud ML Model', 'process', 'ml-model'],
    ['Sidecar Container', 'process', 'container'],
    ['Jenkins Pipeline', 'process', 'ci-pipeline'],
    ['Nightly Batch Job', 'process', 'batch-job'],
    ['Storefront', 'process', 'web-application'],
    ['Order Management Service', 'process', 'service'],
    ['Kafka', 'process', 'message-broker'],
    ['Catalog', 'process', 'generic'],
  ])('takes %s for a %s (%s)', (name, kind, subtype) => {
    expect(classify(name)).toEqual({ kind, subtype });
  });

  it('keeps to the kind a file states', () => {
    expect(subtypeFor('process', 'Browser')).toBe('generic');
    expect(subtypeFor('data-store', 'Customer records')).toBe('generic');
    expect(subtypeFor('process', 'Background Worker Process')).toBe(
      'batch-job',
    );
  });
});

describe('readTransport', () => {
  test.each([
    ['HTTPS', { protocol: 'https', encrypted: true }],
    ['HTTP', { protocol: 'http', encrypted: false }],
    ['HTTP/S', { protocol: 'https', encrypted: true }],
    ['SQL', { protocol: 'sql' }],
    ['SQL over TLS', { protocol: 'sql+tls', encrypted: true }],
    ['HTTP + TLS', { protocol: 'https', encrypted: true }],
    ['gRPC', { protocol: 'grpc' }],
    ['mTLS', { protocol: 'mtls', encrypted: true, authenticated: true }],
    ['AMQP', { protocol: 'amqp', encrypted: false }],
    ['Kafka (SSL)', { protocol: 'kafka+ssl', encrypted: true }],
    ['JDBC', { protocol: 'jdbc' }],
    ['WebSocket', { protocol: 'websocket' }],
    ['wss', { protocol: 'wss', encrypted: true }],
    ['SFTP upload', { protocol: 'sftp', encrypted: true }],
    ['SMTP', { protocol: 'smtp', encrypted: false }],
    ['MQTT', { protocol: 'mqtt', encrypted: false }],
    ['REST with JWT', { authenticated: true }],
    ['plaintext TCP', { protocol: 'tcp', encrypted: false }],
    [
      'anonymous HTTPS',
      { protocol: 'https', encrypted: true, authenticated: false },
    ],
    ['reads orders', {}],
  ])('reads %j', (label, facts) => {
    expect(readTransport(label)).toEqual(facts);
  });

  it('keeps a protocol field it does not know, lower-cased', () => {
    expect(normalizeProtocol(' RDA-TCP ')).toEqual({ protocol: 'tcp' });
    expect(normalizeProtocol('Zigbee')).toEqual({ protocol: 'zigbee' });
  });
});

describe('isValidId', () => {
  test.each([
    'a',
    'A->B#2',
    'x:y@z/1.2',
    '_a',
    '-a',
    'a b',
    'a'.repeat(128),
    'a'.repeat(129),
    'é',
    '',
  ])('agrees with the model schema on %j', (id) => {
    expect(isValidId(id)).toBe(Id.safeParse(id).success);
  });
});
