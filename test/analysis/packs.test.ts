import type { Pack } from '../../src/catalog/schema';
import { applicablePacks } from '../../src/analysis/packs';
import type { ElementSubtype, ThreatModelInput } from '../../src/model';
import { modelOf } from './fixtures';

const onPremise = { name: 'App', deployment: 'on-premise' } as const;
const element = (subtype: ElementSubtype): Partial<ThreatModelInput> => ({
  elements: [{ id: 'x', name: 'X', kind: 'process', subtype }],
});

describe('applicablePacks', () => {
  test.each<[string, Partial<ThreatModelInput>, Pack[]]>([
    ['an on-premise web app', { system: onPremise }, ['core']],
    ['a cloud web app', { system: { name: 'App' } }, ['core', 'cloud']],
    [
      'an api',
      { system: { ...onPremise, applicationType: 'api' } },
      ['core', 'api'],
    ],
    [
      'an api gateway',
      { system: onPremise, ...element('api-gateway') },
      ['core', 'api'],
    ],
    [
      'serverless',
      { system: { ...onPremise, architecture: 'serverless' } },
      ['core', 'cloud'],
    ],
    [
      'a container',
      { system: onPremise, ...element('container') },
      ['core', 'cloud'],
    ],
    [
      'an edge deployment',
      { system: { ...onPremise, deployment: 'edge' } },
      ['core', 'iot'],
    ],
    [
      'an iot device',
      { system: onPremise, ...element('iot-device') },
      ['core', 'iot'],
    ],
    [
      'a mobile app',
      { system: { ...onPremise, applicationType: 'mobile' } },
      ['core', 'mobile'],
    ],
    [
      'an ml model',
      { system: onPremise, ...element('ml-model') },
      ['core', 'ml'],
    ],
    [
      'a data platform',
      { system: { ...onPremise, applicationType: 'data-platform' } },
      ['core', 'ml'],
    ],
    [
      'pci-dss',
      { system: { ...onPremise, regulations: ['pci-dss'] } },
      ['core', 'finance'],
    ],
    [
      'a payment provider',
      { system: onPremise, ...element('payment-provider') },
      ['core', 'finance'],
    ],
    [
      'hipaa on an asset',
      {
        system: onPremise,
        assets: [{ id: 'a', name: 'A', regulations: ['hipaa'] }],
      },
      ['core', 'healthcare'],
    ],
    [
      'tenants among the users',
      { system: { ...onPremise, userTypes: ['Tenant admin'] } },
      ['core', 'saas'],
    ],
    [
      'a multi-tenant description',
      { system: { ...onPremise, description: 'A multi-tenant portal' } },
      ['core', 'saas'],
    ],
  ])('chooses the packs of %s', (_case, input, packs) => {
    expect(applicablePacks(modelOf(input))).toEqual(packs);
  });
});
