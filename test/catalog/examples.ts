import type {
  ElementKind,
  ElementSubtype,
  ThreatModelInput,
} from '../../src/model';

/**
 * The two reference systems as a bare diagram would give them: kinds,
 * subtypes, boundaries, protocols and assets, but no stated attribute.
 */
const node = (
  id: string,
  name: string,
  kind: ElementKind,
  subtype: ElementSubtype,
  boundary?: string,
) => ({ id, name, kind, subtype, ...(boundary ? { boundary } : {}) });

const flow = (
  from: string,
  to: string,
  protocol: string,
  assets: string[],
) => ({
  id: `${from}->${to}`,
  from,
  to,
  protocol,
  assets,
});

export const ecommerce = {
  schemaVersion: 1,
  system: {
    name: 'E-commerce payment platform',
    architecture: 'microservices',
    deployment: 'cloud',
    dataSensitivity: 'restricted',
    regulations: ['pci-dss', 'pii'],
  },
  boundaries: [
    { id: 'dmz', name: 'DMZ' },
    { id: 'app', name: 'Application Tier' },
    { id: 'data', name: 'Data Tier' },
  ],
  elements: [
    node('browser', 'Customer Browser', 'external-entity', 'browser'),
    node(
      'gateway',
      'Payment Gateway API',
      'external-entity',
      'payment-provider',
    ),
    node('lb', 'Load Balancer', 'process', 'load-balancer', 'dmz'),
    node('webgw', 'Web Application Gateway', 'process', 'api-gateway', 'dmz'),
    node(
      'auth',
      'Authentication Service',
      'process',
      'identity-provider',
      'app',
    ),
    node('payments', 'Payment Processing Service', 'process', 'service', 'app'),
    node('orders', 'Order Management Service', 'process', 'service', 'app'),
    node('customerdb', 'Customer Database', 'data-store', 'database', 'data'),
    node('auditlog', 'Payment Audit Log', 'data-store', 'log-store', 'data'),
  ],
  flows: [
    flow('browser', 'lb', 'https', ['card', 'credentials', 'pii']),
    flow('lb', 'webgw', 'https', ['card', 'credentials', 'pii']),
    flow('webgw', 'auth', 'https', ['credentials']),
    flow('webgw', 'payments', 'grpc', ['card']),
    flow('payments', 'gateway', 'https', ['card']),
    flow('payments', 'orders', 'amqp', ['pii']),
    flow('orders', 'customerdb', 'sql', ['pii']),
    flow('auth', 'customerdb', 'sql', ['credentials']),
    flow('payments', 'auditlog', 'tcp', ['card']),
  ],
  assets: [
    {
      id: 'card',
      name: 'Payment card data',
      classification: 'restricted',
      confidentiality: 'high',
      integrity: 'high',
      regulations: ['pci-dss'],
    },
    {
      id: 'credentials',
      name: 'Customer credentials',
      classification: 'restricted',
      confidentiality: 'high',
      storedIn: ['customerdb'],
    },
    {
      id: 'pii',
      name: 'Customer personal data',
      classification: 'confidential',
      regulations: ['pii'],
      storedIn: ['customerdb'],
    },
  ],
} satisfies ThreatModelInput;

export const healthcare = {
  schemaVersion: 1,
  system: {
    name: 'Healthcare analytics platform',
    applicationType: 'data-platform',
    deployment: 'hybrid',
    dataSensitivity: 'restricted',
    regulations: ['hipaa'],
  },
  boundaries: [
    { id: 'clinical', name: 'Clinical Zone' },
    { id: 'research', name: 'Research Zone' },
  ],
  elements: [
    node('clinician', 'Healthcare Provider', 'external-entity', 'user'),
    node('researcher', 'Researcher', 'external-entity', 'user'),
    node('ehr', 'Clinical Records Service', 'process', 'service', 'clinical'),
    node(
      'recordsdb',
      'Clinical Records Database',
      'data-store',
      'database',
      'clinical',
    ),
    node('etl', 'De-identification Pipeline', 'process', 'batch-job'),
    node(
      'lake',
      'Research Data Lake',
      'data-store',
      'data-warehouse',
      'research',
    ),
    node(
      'workbench',
      'Research Workbench',
      'process',
      'web-application',
      'research',
    ),
  ],
  flows: [
    flow('clinician', 'ehr', 'https', ['phi']),
    flow('ehr', 'recordsdb', 'sql', ['phi']),
    flow('recordsdb', 'etl', 'sql', ['phi']),
    flow('etl', 'lake', 'https', ['research']),
    flow('researcher', 'workbench', 'https', ['research']),
    flow('workbench', 'lake', 'https', ['research']),
  ],
  assets: [
    {
      id: 'phi',
      name: 'Protected health information',
      classification: 'restricted',
      confidentiality: 'high',
      integrity: 'high',
      regulations: ['hipaa'],
      storedIn: ['recordsdb'],
    },
    {
      id: 'research',
      name: 'De-identified research data',
      classification: 'confidential',
      integrity: 'high',
      regulations: ['hipaa'],
      storedIn: ['lake'],
    },
  ],
} satisfies ThreatModelInput;
