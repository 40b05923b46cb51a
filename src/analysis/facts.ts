import type {
  Element,
  Flow,
  SecurityAttributes,
  SystemContext,
} from '../model/schema';
import { CLASSIFICATIONS } from '../model/vocabulary';
import { encryptionOf } from './protocols';
import { regulationList, type DataProfile } from './profile';
import { crossesBoundary, type Traffic } from './traffic';
import { ELEMENT_LAYOUT, FLOW_LAYOUT, SlotFacts } from './fact-slots';

/**
 * The facts rule conditions read (names in `catalog/facts.ts`). Derived
 * facts are always present; a stated attribute is present only when the
 * model states it, so "unknown" never reads as "false".
 */
export type FactValue = string | number | boolean | readonly string[];

/** Facts by name; a map, or a target's slots (see fact-slots.ts). */
export interface FactMap {
  get(name: string): FactValue | undefined;
}

/** The facts of one target: its own, the system's and, for a flow, its ends'. */
export interface FactRecord {
  readonly own: FactMap;
  readonly system: FactMap;
  readonly source?: FactMap | undefined;
  readonly target?: FactMap | undefined;
}

/** Reads a dotted fact name; an unknown name, even `__proto__`, is absent. */
export function readFact(
  record: FactRecord,
  name: string,
): FactValue | undefined {
  if (name.startsWith('system.')) return record.system.get(name);
  if (name.startsWith('source.')) return record.source?.get(name.slice(7));
  if (name.startsWith('target.')) return record.target?.get(name.slice(7));
  return record.own.get(name);
}

export function systemFacts(system: SystemContext): FactMap {
  return new Map<string, FactValue>([
    ['system.applicationType', system.applicationType],
    ['system.architecture', system.architecture],
    ['system.deployment', system.deployment],
    ['system.dataSensitivity', CLASSIFICATIONS.indexOf(system.dataSensitivity)],
  ]);
}

const PRIVILEGED_SUBTYPES = new Set([
  'admin-console',
  'administrator',
  'secret-store',
]);

/** Stated attributes that are plain flags, read as `attr.<name>`. */
const FLAGS = [
  'authorization',
  'inputValidation',
  'outputEncoding',
  'logging',
  'auditTrail',
  'encryptionAtRest',
  'rateLimiting',
  'internetFacing',
  'privileged',
  'hardened',
  'secretsManaged',
  'backups',
] as const satisfies readonly (keyof SecurityAttributes)[];

export function elementFacts(
  element: Element,
  traffic: Traffic,
  data: DataProfile,
  systemRegulations: number,
): FactMap {
  const attributes = element.attributes;
  const facts = new SlotFacts(ELEMENT_LAYOUT);
  facts.set('kind', element.kind);
  facts.set('subtype', element.subtype);

  if (attributes.authentication !== undefined) {
    facts.set('attr.authentication', attributes.authentication);
  }
  for (const flag of FLAGS) {
    const value = attributes[flag];
    if (value !== undefined) facts.set(`attr.${flag}`, value);
  }
  facts.set('technologies', technologies(attributes.technologies));
  facts.set('nameWords', nameWords(element.name));

  const authentication = attributes.authentication;
  facts.set(
    'exposed',
    attributes.internetFacing === true || traffic.fromExternal,
  );
  facts.set('entryPoint', traffic.fromExternal || traffic.crossInbound);
  facts.set(
    'authenticates',
    (authentication !== undefined && authentication !== 'none') ||
      element.subtype === 'identity-provider',
  );
  facts.set(
    'privileged',
    attributes.privileged === true || PRIVILEGED_SUBTYPES.has(element.subtype),
  );
  facts.set('crossBoundaryInbound', traffic.crossInbound);
  facts.set('inboundFlows', traffic.inbound);
  facts.set('outboundFlows', traffic.outbound);
  facts.set('inBoundary', element.boundary !== undefined);
  setDataFacts(facts, data, systemRegulations);

  return facts;
}

export function flowFacts(
  flow: Flow,
  ends: {
    readonly from?: Element | undefined;
    readonly to?: Element | undefined;
  },
  data: DataProfile,
  systemRegulations: number,
): FactMap {
  const { from, to } = ends;
  const facts = new SlotFacts(FLOW_LAYOUT);
  if (flow.protocol !== undefined)
    facts.set('protocol', flow.protocol.toLowerCase());

  const encrypted = flow.encrypted ?? encryptionOf(flow.protocol);
  if (encrypted !== undefined) facts.set('encrypted', encrypted);
  if (flow.authenticated !== undefined)
    facts.set('authenticated', flow.authenticated);

  facts.set(
    'crossesBoundary',
    from !== undefined && to !== undefined && crossesBoundary(from, to),
  );
  facts.set('fromExternal', from?.kind === 'external-entity');
  facts.set('toDataStore', to?.kind === 'data-store');
  facts.set('bidirectional', flow.bidirectional);
  setDataFacts(facts, data, systemRegulations);

  return facts;
}

/**
 * The data facts: how many assets the target stores, receives or carries,
 * the most sensitive classification among them, and their regulations.
 * Regulations belong to assets, so a flow carrying only credentials is not
 * in PCI DSS scope because the system is; only a target with no known
 * asset at all falls back to the system's regulations.
 */
function setDataFacts(
  facts: SlotFacts,
  data: DataProfile,
  systemRegulations: number,
): void {
  facts.set('assetCount', data.assetCount);
  if (data.assetCount > 0) facts.set('dataClassification', data.classification);
  facts.set(
    'regulations',
    regulationList(data.assetCount > 0 ? data.regulations : systemRegulations),
  );
}

/** `PaymentService`, `payment-service` and `Payment service` all give payment, service. */
function nameWords(name: string): string[] {
  const spaced = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2');
  const words = spaced.toLowerCase().split(/[^\p{L}\p{N}]+/u);
  return [...new Set(words.filter((word) => word !== ''))].sort();
}

function technologies(list: readonly string[]): string[] {
  return [...new Set(list.map((name) => name.trim().toLowerCase()))].sort();
}
