import { importModel } from '../../src/importers';
import { corpusFile } from './helpers';

function example() {
  return importModel(corpusFile('threagile/threagile-example-2020.yaml'), {
    fileName: 'threagile.yaml',
  });
}

describe('Threagile import', () => {
  it('describes the system from the title, criticality and most sensitive data', () => {
    const { system } = example().model;

    expect(system).toMatchObject({
      name: 'Some Example Application',
      riskTolerance: 'low',
      dataSensitivity: 'restricted',
    });
  });

  test.each([
    ['customer-client', 'external-entity', 'browser'],
    ['load-balancer', 'process', 'load-balancer'],
    ['identity-provider', 'process', 'identity-provider'],
    ['sql-database', 'data-store', 'database'],
    ['contract-fileserver', 'data-store', 'file-system'],
    ['jenkins-buildserver', 'process', 'ci-pipeline'],
    ['git-repo', 'process', 'generic'],
  ])('maps technical asset %s to a %s (%s)', (id, kind, subtype) => {
    const element = example().model.elements.find((e) => e.id === id);

    expect(element).toMatchObject({ kind, subtype });
  });

  it('takes internet exposure, encryption and tags from technical assets', () => {
    const elements = example().model.elements;
    const client = elements.find((e) => e.id === 'customer-client');
    const database = elements.find((e) => e.id === 'sql-database');

    expect(client?.attributes).toEqual({
      internetFacing: true,
      technologies: [],
    });
    expect(database?.attributes).toMatchObject({
      encryptionAtRest: true,
      internetFacing: false,
      technologies: ['linux', 'mysql'],
      authentication: 'password',
      authorization: true,
    });
  });

  it('maps communication links to flows with their protocol, checks and data', () => {
    const flow = example().model.flows.find(
      (f) => f.id === 'customer-client>customer-traffic',
    );

    expect(flow).toEqual({
      id: 'customer-client>customer-traffic',
      from: 'customer-client',
      to: 'load-balancer',
      label: 'Customer Traffic',
      protocol: 'https',
      encrypted: true,
      authenticated: true,
      assets: [
        'customer-accounts',
        'customer-operational-data',
        'customer-contracts',
        'client-application-code',
        'marketing-material',
      ],
      bidirectional: true,
    });
  });

  it('nests trust boundaries as declared and places assets inside them', () => {
    const { boundaries, elements } = example().model;

    expect(boundaries.find((b) => b.id === 'web-dmz')?.parent).toBe(
      'application-network',
    );
    expect(
      boundaries.find((b) => b.id === 'dev-network')?.parent,
    ).toBeUndefined();
    expect(elements.find((e) => e.id === 'ldap-auth-server')?.boundary).toBe(
      'auth-env',
    );
  });

  test.each([
    ['customer-accounts', 'restricted', 'high', 'high', 'high'],
    ['contract-summaries', 'confidential', 'medium', 'low', 'low'],
    ['client-application-code', 'public', 'low', 'high', 'medium'],
  ])(
    'maps data asset %s onto the model scales',
    (id, classification, c, i, a) => {
      const asset = example().model.assets.find((x) => x.id === id);

      expect(asset).toMatchObject({
        classification,
        confidentiality: c,
        integrity: i,
        availability: a,
      });
    },
  );

  it('resolves YAML merge keys, as the example uses them', () => {
    const summaries = example().model.assets.find(
      (a) => a.id === 'contract-summaries',
    );

    expect(summaries?.storedIn).toEqual(['contract-fileserver']);
    expect(summaries?.description).toBe('Customer Contract Summaries');
  });

  it('reports risk tracking and the other parts it has no place for', () => {
    const paths = example().skipped.map((s) => s.path);

    expect(paths).toEqual(
      expect.arrayContaining([
        'risk_tracking',
        'abuse_cases',
        'security_requirements',
        'shared_runtimes',
      ]),
    );
    expect(
      example().skipped.find((s) => s.path === 'risk_tracking')?.message,
    ).toMatch(/^6 risk tracking/);
  });

  it('reads a file with nothing but a title', () => {
    const { model, skipped } = importModel(
      'threagile_version: 1.0.0\ntitle: Empty\n',
      { fileName: 't.yaml' },
    );

    expect(model.system.name).toBe('Empty');
    expect(model.elements).toEqual([]);
    expect(skipped).toEqual([]);
  });

  it('skips a link to an asset that does not exist, naming it', () => {
    const text = [
      'threagile_version: 1.0.0',
      'title: T',
      'technical_assets:',
      '  App:',
      '    id: app',
      '    type: process',
      '    communication_links:',
      '      Broken:',
      '        target: ghost',
    ].join('\n');

    const { model, skipped } = importModel(text, { fileName: 't.yaml' });

    expect(model.flows).toEqual([]);
    expect(skipped).toEqual([
      {
        path: 'technical_assets.App.communication_links.Broken',
        message: "link to 'ghost': no such technical asset, skipped",
      },
    ]);
  });
});
