'use strict';
/**
 * Synthetic threat models for the benchmark, the same every run: a seeded
 * pseudo-random generator (mulberry32) picks kinds, boundaries, attributes
 * and flow ends. Three flows per element, nested trust boundaries, assets
 * on a tenth of the elements.
 */

function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROCESS_SUBTYPES = [
  'web-application',
  'api-gateway',
  'service',
  'function',
  'container',
];
const STORE_SUBTYPES = [
  'database',
  'cache',
  'queue',
  'object-storage',
  'log-store',
];
const EXTERNAL_SUBTYPES = ['user', 'browser', 'mobile-app', 'third-party-api'];
const PROTOCOLS = ['https', 'http', 'grpc', 'sql', 'amqp', 'tls'];
const CLASSES = ['public', 'internal', 'confidential', 'restricted'];

function generateModel(size, seed = 42) {
  const random = prng(seed + size);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const chance = (p) => random() < p;

  const boundaries = [];
  const boundaryCount = Math.max(3, Math.floor(size / 25));
  for (let i = 0; i < boundaryCount; i += 1) {
    const parent =
      i > 0 && chance(0.7) ? `b${Math.floor(random() * i)}` : undefined;
    boundaries.push({
      id: `b${i}`,
      name: `Zone ${i}`,
      ...(parent ? { parent } : {}),
    });
  }

  const elements = [];
  for (let i = 0; i < size; i += 1) {
    const roll = random();
    const kind =
      roll < 0.1 ? 'external-entity' : roll < 0.8 ? 'process' : 'data-store';
    const subtype =
      kind === 'process'
        ? pick(PROCESS_SUBTYPES)
        : kind === 'data-store'
          ? pick(STORE_SUBTYPES)
          : pick(EXTERNAL_SUBTYPES);
    const element = { id: `e${i}`, name: `Element ${i}`, kind, subtype };
    if (kind !== 'external-entity')
      element.boundary = `b${Math.floor(random() * boundaryCount)}`;
    element.attributes = attributesFor(kind, chance, pick);
    elements.push(element);
  }

  const assets = [];
  for (let i = 0; i < Math.max(1, Math.floor(size / 10)); i += 1) {
    const holder = elements[Math.floor(random() * size)];
    assets.push({
      id: `a${i}`,
      name: `Asset ${i}`,
      classification: pick(CLASSES),
      confidentiality: pick(['low', 'medium', 'high']),
      integrity: pick(['low', 'medium', 'high']),
      ...(holder.kind === 'external-entity' ? {} : { storedIn: [holder.id] }),
    });
  }

  const flows = [];
  for (let i = 0; i < size; i += 1) {
    for (let j = 0; j < 3; j += 1) {
      let to = Math.floor(random() * size);
      if (to === i) to = (to + 1) % size;
      const flow = {
        id: `f${i}_${j}`,
        from: `e${i}`,
        to: `e${to}`,
        protocol: pick(PROTOCOLS),
      };
      if (chance(0.3))
        flow.assets = [`a${Math.floor(random() * assets.length)}`];
      if (chance(0.2)) flow.authenticated = chance(0.5);
      flows.push(flow);
    }
  }

  return {
    schemaVersion: 1,
    system: {
      name: `Synthetic system of ${size} elements`,
      architecture: 'microservices',
      dataSensitivity: 'confidential',
      regulations: ['gdpr'],
    },
    elements,
    flows,
    boundaries,
    assets,
    actors: [
      {
        id: 'outsider',
        name: 'Outsider',
        kind: 'external-attacker',
        skill: 6,
        motive: 6,
        opportunity: 7,
      },
      {
        id: 'insider',
        name: 'Insider',
        kind: 'malicious-insider',
        skill: 5,
        motive: 4,
        opportunity: 9,
      },
    ],
    controls: [
      {
        id: 'waf',
        name: 'Web application firewall',
        type: 'preventive',
        covers: ['e1', 'e2'],
        stride: ['T'],
      },
      { id: 'siem', name: 'Central logging', type: 'detective' },
    ],
  };
}

function attributesFor(kind, chance, pick) {
  const attributes = {};
  if (kind === 'process') {
    if (chance(0.5))
      attributes.authentication = pick([
        'none',
        'password',
        'mfa',
        'token',
        'mtls',
      ]);
    if (chance(0.4)) attributes.inputValidation = chance(0.5);
    if (chance(0.3)) attributes.logging = chance(0.5);
    if (chance(0.1)) attributes.internetFacing = true;
  }
  if (kind === 'data-store' && chance(0.5))
    attributes.encryptionAtRest = chance(0.5);
  if (chance(0.2))
    attributes.technologies = [pick(['node', 'java', 'postgres', 'redis'])];
  return attributes;
}

module.exports = { generateModel, prng };
