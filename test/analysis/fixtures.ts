import { Catalog } from '../../src/catalog/schema';
import {
  parseModel,
  type ThreatModel,
  type ThreatModelInput,
} from '../../src/model';

/** Small catalogs and models for the analysis tests, checked by the real schemas. */
type RuleInput = Record<string, unknown> & { readonly id: string };

export function mitigation(
  id: string,
  extra: Record<string, unknown> = {},
): unknown {
  return {
    id,
    title: `Apply ${id}`,
    description: `What ${id} does`,
    controlType: 'preventive',
    effort: 2,
    asvs: ['V1.2.3'],
    acceptanceCriteria: [`${id} is in place`],
    ...extra,
  };
}

export function rule(input: RuleInput): unknown {
  return {
    title: `Threat ${input.id}`,
    description: `How ${input.id} happens`,
    stride: ['T'],
    target: 'element',
    actors: ['external-attacker'],
    attackVector: 'over the network',
    likelihood: {
      easeOfDiscovery: 6,
      easeOfExploit: 5,
      awareness: 6,
      intrusionDetection: 8,
    },
    cwe: ['CWE-20'],
    capec: ['CAPEC-153'],
    mitigations: ['M-VALIDATE'],
    ...input,
  };
}

export function catalogOf(
  rules: readonly unknown[],
  mitigations?: readonly unknown[],
): Catalog {
  return Catalog.parse({
    rules,
    mitigations: mitigations ?? [mitigation('M-VALIDATE'), mitigation('M-TLS')],
  });
}

export function modelOf(input: Partial<ThreatModelInput> = {}): ThreatModel {
  return parseModel({ schemaVersion: 1, system: { name: 'Shop' }, ...input });
}

/**
 * A shop: a browser talks to a web tier in the DMZ, which calls an API in
 * the application zone nested inside the DMZ, which reads a card database
 * in a data zone of its own.
 */
export function shopInput(): ThreatModelInput {
  return {
    schemaVersion: 1,
    system: { name: 'Shop', regulations: ['pci-dss'], riskTolerance: 'low' },
    boundaries: [
      { id: 'dmz', name: 'DMZ' },
      { id: 'app', name: 'Application zone', parent: 'dmz' },
      { id: 'data', name: 'Data zone' },
    ],
    elements: [
      {
        id: 'browser',
        name: 'Browser',
        kind: 'external-entity',
        subtype: 'browser',
      },
      {
        id: 'web',
        name: 'Web',
        kind: 'process',
        subtype: 'web-application',
        boundary: 'dmz',
        attributes: { internetFacing: true, authentication: 'password' },
      },
      {
        id: 'api',
        name: 'API',
        kind: 'process',
        subtype: 'service',
        boundary: 'app',
      },
      {
        id: 'db',
        name: 'Card DB',
        kind: 'data-store',
        subtype: 'database',
        boundary: 'data',
      },
    ],
    flows: [
      {
        id: 'f1',
        from: 'browser',
        to: 'web',
        protocol: 'https',
        assets: ['cards'],
      },
      { id: 'f2', from: 'web', to: 'api', protocol: 'http' },
      { id: 'f3', from: 'api', to: 'db', protocol: 'jdbc+tls' },
    ],
    assets: [
      {
        id: 'cards',
        name: 'Card numbers',
        classification: 'restricted',
        confidentiality: 'high',
        regulations: ['pci-dss'],
        storedIn: ['db'],
      },
    ],
  };
}

export function shop(extra: Partial<ThreatModelInput> = {}): ThreatModel {
  return parseModel({ ...shopInput(), ...extra });
}
