import type { ThreatModelInput } from '../../src/model/schema';

type ElementInput = NonNullable<ThreatModelInput['elements']>[number];

/**
 * A model of `size` elements for the size tests: shops in a row, each an
 * internet-facing web process, a service and a card store behind it, with
 * the flows between them, so the built-in catalog finds many threats.
 */
export function largeModel(size: number): ThreatModelInput {
  const shops = Math.ceil(size / 3);
  const ids = (i: number) => [`web${i}`, `api${i}`, `db${i}`] as const;

  const user: ElementInput = {
    id: 'user',
    name: 'User',
    kind: 'external-entity',
    subtype: 'browser',
  };
  return {
    schemaVersion: 1,
    system: { name: 'Many shops', regulations: ['pci-dss'] },
    boundaries: [
      { id: 'dmz', name: 'DMZ' },
      { id: 'data', name: 'Data zone' },
    ],
    elements: [
      user,
      ...Array.from({ length: shops }, (_, i) => {
        const [web, api, db] = ids(i);
        const shop: ElementInput[] = [
          {
            id: web,
            name: `Web ${i}`,
            kind: 'process',
            subtype: 'web-application',
            boundary: 'dmz',
            attributes: { internetFacing: true, authentication: 'password' },
          },
          { id: api, name: `API ${i}`, kind: 'process' },
          {
            id: db,
            name: `Store ${i}`,
            kind: 'data-store',
            subtype: 'database',
            boundary: 'data',
          },
        ];
        return shop;
      }).flat(),
    ].slice(0, size),
    flows: Array.from({ length: Math.floor((size - 1) / 3) }, (_, i) => {
      const [web, api, db] = ids(i);
      return [
        { id: `in${i}`, from: 'user', to: web, protocol: 'https' },
        { id: `call${i}`, from: web, to: api, protocol: 'http' },
        { id: `query${i}`, from: api, to: db, protocol: 'sql' },
      ];
    }).flat(),
  };
}
