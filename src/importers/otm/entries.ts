import type { Problem } from '../../model/errors';
import type { Classification, Need } from '../../model/vocabulary';
import { classify, subtypeFor } from '../classify';
import {
  type Data,
  isRecord,
  list,
  num,
  record,
  strings,
  text,
} from '../data/read';
import { optional } from '../fields';
import type { IdPool } from '../ids';
import type { AssetInput, ElementInput, FlowInput } from '../parts';
import { readTransport } from '../protocols';
import { shown, toName, toText } from '../text';

/** One entry of an OTM list, with its id in the model and in the file. */
export interface Entry {
  readonly id: string;
  /** The id in the file, which references use. */
  readonly original: string;
  readonly source: Data;
  readonly path: string;
}

/** Where components and flows point: file ids to model ids. */
export interface References {
  readonly zones: ReadonlyMap<string, string>;
  readonly components: ReadonlyMap<string, Entry>;
  readonly assets: ReadonlyMap<string, string>;
}

/** OTM rates from 0 to 100; classification follows confidentiality. */
const CLASSES: readonly Classification[] = [
  'public',
  'internal',
  'confidential',
  'restricted',
];

export function entries(root: Data, key: string, pool: IdPool): Entry[] {
  return list(root, key).flatMap((item, i) => {
    if (!isRecord(item)) return [];
    const original = text(item, 'id') ?? '';
    const id = pool.take(original, `${key}-${i + 1}`);
    return [{ id, original, source: item, path: `${key}[${i}]` }];
  });
}

export function zoneOf(
  source: Data,
  zones: ReadonlyMap<string, string>,
): string | undefined {
  const zone = text(record(source, 'parent') ?? {}, 'trustZone');
  return zone === undefined ? undefined : zones.get(zone);
}

/**
 * A component: its kind from its type (an IriusRisk component type such as
 * `web-client` or `other-nosql-key-value-store`), its subtype from the
 * type or else the name. A component inside another component goes into
 * that one's trust zone.
 */
export function toElement(
  entry: Entry,
  refs: References,
  notes: Problem[],
): ElementInput {
  const { source } = entry;
  const name = toName(text(source, 'name')) ?? entry.id;
  const type = text(source, 'type') ?? '';
  const byType = classify(type);
  const guess = type === '' ? classify(name) : byType;
  let boundary = zoneOf(source, refs.zones);
  const outer = text(record(source, 'parent') ?? {}, 'component');
  if (boundary === undefined && outer !== undefined) {
    const holder = refs.components.get(outer);
    boundary =
      holder === undefined ? undefined : zoneOf(holder.source, refs.zones);
    notes.push({
      path: entry.path,
      message: `sits inside component ${shown(outer)}; placed in that component's trust zone`,
    });
  }

  return {
    id: entry.id,
    name,
    kind: guess.kind,
    subtype:
      guess.subtype === 'generic'
        ? subtypeFor(guess.kind, name)
        : guess.subtype,
    ...optional('boundary', boundary),
    ...optional('description', toText(text(source, 'description'), 4000)),
    attributes: {
      technologies: strings(source, 'tags')
        .slice(0, 50)
        .map((t) => t.slice(0, 100)),
    },
  };
}

/** File asset id → model ids of the components that process or store it. */
export function holdersOf(components: readonly Entry[]): Map<string, string[]> {
  const holders = new Map<string, string[]>();
  for (const component of components) {
    const held = record(component.source, 'assets') ?? {};
    for (const asset of [
      ...strings(held, 'processed'),
      ...strings(held, 'stored'),
    ]) {
      const list = holders.get(asset) ?? [];
      if (!list.includes(component.id)) list.push(component.id);
      holders.set(asset, list);
    }
  }
  return holders;
}

/** A dataflow; MTMT-derived attributes say whether it is confidential and authenticated. */
export function toFlow(
  entry: Entry,
  refs: References,
  notes: Problem[],
): FlowInput | undefined {
  const { source } = entry;
  const from = refs.components.get(text(source, 'source') ?? '')?.id;
  const to = refs.components.get(text(source, 'destination') ?? '')?.id;
  if (from === undefined || to === undefined) {
    notes.push({
      path: entry.path,
      message: 'a dataflow whose ends are not both components: skipped',
    });
    return undefined;
  }

  const label = toName(text(source, 'name'));
  const attributes = record(source, 'attributes') ?? {};
  const assets = strings(source, 'assets').flatMap(
    (a) => refs.assets.get(a) ?? [],
  );
  return {
    id: entry.id,
    from,
    to,
    ...optional('label', label),
    ...readTransport([label ?? '', ...strings(source, 'tags')].join(' ')),
    ...optional(
      'encrypted',
      yesNo(text(attributes, 'Provides Confidentiality')),
    ),
    ...optional(
      'authenticated',
      yesNo(text(attributes, 'Destination Authenticated')),
    ),
    assets,
    bidirectional: source.bidirectional === true,
  };
}

export function toAsset(
  entry: Entry,
  holders: ReadonlyMap<string, string[]>,
): AssetInput {
  const risk = record(entry.source, 'risk') ?? {};
  const confidentiality = num(risk, 'confidentiality');
  const rank =
    confidentiality === undefined
      ? undefined
      : Math.floor(confidentiality / 25);
  return {
    id: entry.id,
    name: toName(text(entry.source, 'name')) ?? entry.id,
    ...optional(
      'classification',
      rank === undefined ? undefined : CLASSES[Math.min(3, Math.max(0, rank))],
    ),
    ...optional('confidentiality', need(confidentiality)),
    ...optional('integrity', need(num(risk, 'integrity'))),
    ...optional('availability', need(num(risk, 'availability'))),
    storedIn: holders.get(entry.original) ?? [],
    ...optional('description', toText(text(entry.source, 'description'), 4000)),
  };
}

function need(score: number | undefined): Need | undefined {
  if (score === undefined) return undefined;
  return score < 34 ? 'low' : score < 67 ? 'medium' : 'high';
}

function yesNo(value: string | undefined): boolean | undefined {
  return value === 'Yes' ? true : value === 'No' ? false : undefined;
}
