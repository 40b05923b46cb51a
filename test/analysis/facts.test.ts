import { readFact } from '../../src/analysis/facts';
import {
  ELEMENT_FACTS,
  FLOW_ONLY_FACTS,
  isKnownFact,
} from '../../src/catalog/facts';
import { encryptionOf } from '../../src/analysis/protocols';
import { buildTargets } from '../../src/analysis/targets';
import type { ThreatModelInput } from '../../src/model';
import { modelOf, shop } from './fixtures';

function factsOf(model: ReturnType<typeof shop>, id: string) {
  const target = buildTargets(model).byId.get(id);
  if (target === undefined) throw new Error(`no target ${id}`);
  return (name: string) => readFact(target.facts, name);
}

const nested: Partial<ThreatModelInput> = {
  boundaries: [
    { id: 'outer', name: 'Outer' },
    { id: 'inner', name: 'Inner', parent: 'outer' },
    { id: 'core', name: 'Core', parent: 'inner' },
  ],
  elements: [
    { id: 'a', name: 'A', kind: 'process', boundary: 'core' },
    { id: 'b', name: 'B', kind: 'process', boundary: 'inner' },
    { id: 'c', name: 'C', kind: 'process', boundary: 'inner' },
    { id: 'd', name: 'D', kind: 'process' },
    { id: 'e', name: 'E', kind: 'process' },
  ],
  flows: [
    { id: 'child-to-parent', from: 'a', to: 'b' },
    { id: 'same-boundary', from: 'b', to: 'c' },
    { id: 'out-of-all', from: 'c', to: 'd' },
    { id: 'both-outside', from: 'd', to: 'e' },
  ],
};

describe('buildTargets facts', () => {
  test.each([
    ['child-to-parent', true],
    ['same-boundary', false],
    ['out-of-all', true],
    ['both-outside', false],
  ])('says whether flow %s crosses a trust boundary (%s)', (flow, crosses) => {
    const fact = factsOf(modelOf(nested), flow);

    expect(fact('crossesBoundary')).toBe(crosses);
  });

  it('marks an element fed across a boundary as an entry point', () => {
    const model = modelOf(nested);

    expect(factsOf(model, 'b')('entryPoint')).toBe(true);
    expect(factsOf(model, 'c')('entryPoint')).toBe(false);
    expect(factsOf(model, 'c')('crossBoundaryInbound')).toBe(false);
  });

  it('leaves unstated attributes absent and states the stated ones', () => {
    const web = factsOf(shop(), 'web');

    expect(web('attr.internetFacing')).toBe(true);
    expect(web('attr.authentication')).toBe('password');
    expect(web('attr.logging')).toBeUndefined();
    expect(web('authenticates')).toBe(true);
  });

  it('derives exposure and counts from the flows', () => {
    const api = factsOf(shop(), 'api');

    expect(factsOf(shop(), 'web')('exposed')).toBe(true);
    expect(api('exposed')).toBe(false);
    expect(api('inboundFlows')).toBe(1);
    expect(api('outboundFlows')).toBe(1);
    expect(api('inBoundary')).toBe(true);
  });

  it('gives a flow its ends facts under source and target', () => {
    const f1 = factsOf(shop(), 'f1');

    expect(f1('source.kind')).toBe('external-entity');
    expect(f1('target.subtype')).toBe('web-application');
    expect(f1('fromExternal')).toBe(true);
    expect(f1('toDataStore')).toBe(false);
  });

  it('classifies data from its assets, the system regulations only without any', () => {
    const db = factsOf(shop(), 'db');
    const f2 = factsOf(shop(), 'f2');

    expect(db('dataClassification')).toBe(3);
    expect(db('assetCount')).toBe(1);
    expect(db('regulations')).toEqual(['pci-dss']);
    expect(f2('dataClassification')).toBeUndefined();
    expect(f2('regulations')).toEqual(['pci-dss']);
  });

  it('gives a target only the regulations of the assets it handles', () => {
    const model = shop({
      system: { name: 'Shop', regulations: ['pci-dss', 'gdpr'] },
      flows: [
        { id: 'f1', from: 'browser', to: 'web', assets: ['logins'] },
        { id: 'f2', from: 'web', to: 'api', assets: ['cards'] },
      ],
      assets: [
        { id: 'logins', name: 'Logins', classification: 'restricted' },
        { id: 'cards', name: 'Cards', regulations: ['pci-dss'] },
      ],
    });

    expect(factsOf(model, 'f1')('regulations')).toEqual([]);
    expect(factsOf(model, 'f2')('regulations')).toEqual(['pci-dss']);
    expect(factsOf(model, 'web')('regulations')).toEqual(['pci-dss']);
  });

  it('names a flow by its ends, then its label', () => {
    const model = shop({
      flows: [
        { id: 'f1', from: 'browser', to: 'web', label: ' HTTPS ' },
        { id: 'f2', from: 'web', to: 'api' },
      ],
    });
    const targets = buildTargets(model);

    expect(targets.byId.get('f1')?.ref.name).toBe('Browser → Web (HTTPS)');
    expect(targets.byId.get('f2')?.ref.name).toBe('Web → API');
  });

  test.each([
    ['f1', true],
    ['f2', false],
    ['f3', true],
  ])('derives encryption of flow %s from its protocol', (flow, encrypted) => {
    expect(factsOf(shop(), flow)('encrypted')).toBe(encrypted);
  });

  it('prefers a stated encryption to the protocol', () => {
    const model = shop({
      flows: [
        {
          id: 'f1',
          from: 'browser',
          to: 'web',
          protocol: 'http',
          encrypted: true,
        },
      ],
    });

    expect(factsOf(model, 'f1')('encrypted')).toBe(true);
  });
});

describe('the fact names', () => {
  const stated = shop({
    elements: [
      { id: 'user', name: 'User', kind: 'external-entity' },
      {
        id: 'svc',
        name: 'PaymentService',
        kind: 'process',
        boundary: 'dmz',
        attributes: {
          authentication: 'mfa',
          authorization: true,
          inputValidation: true,
          outputEncoding: true,
          logging: true,
          auditTrail: true,
          encryptionAtRest: true,
          rateLimiting: true,
          internetFacing: true,
          privileged: false,
          hardened: true,
          secretsManaged: true,
          backups: true,
          technologies: ['Node'],
        },
      },
    ],
    flows: [
      {
        id: 'in',
        from: 'user',
        to: 'svc',
        protocol: 'https',
        authenticated: true,
        assets: ['cards'],
      },
    ],
    assets: [{ id: 'cards', name: 'Cards', storedIn: ['svc'] }],
  });

  it('gives a fully stated element every element fact the catalog may read', () => {
    const fact = factsOf(stated, 'svc');

    const missing = Object.keys(ELEMENT_FACTS).filter(
      (name) => fact(name) === undefined,
    );

    expect(missing).toEqual([]);
  });

  it('gives a fully stated flow every flow fact, and its ends facts', () => {
    const fact = factsOf(stated, 'in');
    const names = [
      ...Object.keys(FLOW_ONLY_FACTS),
      ...Object.keys(ELEMENT_FACTS)
        .filter((name) => !name.startsWith('system.'))
        .map((name) => `target.${name}`),
    ];

    expect(names.every((name) => isKnownFact('flow', name))).toBe(true);
    expect(names.filter((name) => fact(name) === undefined)).toEqual([]);
  });

  test.each([
    ['PaymentService', ['payment', 'service']],
    ['card-vault  DB', ['card', 'db', 'vault']],
    ['Élan_API v2', ['api', 'v2', 'élan']],
  ])('splits the name %s into words', (name, words) => {
    const model = modelOf({ elements: [{ id: 'x', name, kind: 'process' }] });

    expect(factsOf(model, 'x')('nameWords')).toEqual(words);
  });
});

describe('encryptionOf', () => {
  test.each<[string | undefined, boolean | undefined]>([
    ['https', true],
    ['mtls', true],
    ['grpcs', true],
    ['sftp', true],
    ['kafka+ssl', true],
    ['http', false],
    ['telnet', false],
    ['mqtt', false],
    ['grpc', undefined],
    ['sql', undefined],
    [undefined, undefined],
  ])('reads %s as encrypted: %s', (protocol, encrypted) => {
    expect(encryptionOf(protocol)).toBe(encrypted);
  });
});
