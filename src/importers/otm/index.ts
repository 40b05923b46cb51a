import type { Problem } from '../../model/errors';
import type { Need } from '../../model/vocabulary';
import { parseModel } from '../../model/validate';
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
import { IdPool } from '../ids';
import type { Imported } from '../imported';
import type {
  AssetInput,
  BoundaryInput,
  ElementInput,
  FlowInput,
} from '../parts';
import { readTransport } from '../protocols';
import { shown, toName, toText } from '../text';
import { readOtmThreats } from './threats';

interface Entry {
  /** The id in the model. */
  readonly id: string;
  /** The id in the file, which references use. */
  readonly original: string;
  readonly source: Data;
  readonly path: string;
}

/**
 * Reads an Open Threat Model (JSON or YAML): trust zones become
 * boundaries, components elements (their kind guessed from their type and
 * name), dataflows flows and assets assets, with OTM's 0 to 100 ratings
 * mapped onto low, medium and high.
 */
export function readOtm(data: unknown): Imported {
  const root = isRecord(data) ? data : {};
  const project = record(root, 'project') ?? {};
  const notes: Problem[] = [];
  const zones = entries(root, 'trustZones', new IdPool());
  const pool = new IdPool();
  const components = entries(root, 'components', pool);
  const dataflows = entries(root, 'dataflows', pool);
  const zoneIds = new Map(zones.map((z) => [z.original, z.id]));
  const boundaries = zones.map((zone): BoundaryInput => {
    const parent = parentZone(zone.source, zoneIds);
    const description = toText(text(zone.source, 'description'), 4000);
    return {
      id: zone.id,
      name: toName(text(zone.source, 'name')) ?? zone.id,
      ...optional('parent', parent),
      ...optional('description', description),
    };
  });

  const holders = new Map<string, string[]>();
  const elements = components.map((c) =>
    toElement(c, components, zoneIds, holders, notes),
  );
  const componentIds = new Map(components.map((c) => [c.original, c.id]));
  const assets = entries(root, 'assets', new IdPool()).map((a) =>
    toAsset(a, holders),
  );
  const assetIds = new Set(assets.map((a) => a.id));
  const flows = dataflows.flatMap((flow) =>
    toFlow(flow, componentIds, assetIds, notes),
  );
  const flowIds = new Set(flows.map((f) => f.id));
  const targets = [
    ...components,
    ...dataflows.filter((d) => flowIds.has(d.id)),
  ];

  const description = toText(text(project, 'description'), 4000);
  const model = parseModel({
    schemaVersion: 1,
    system: {
      name: toName(text(project, 'name')) ?? 'Open Threat Model',
      ...optional('description', description),
    },
    elements,
    flows,
    boundaries,
    assets,
    controls: readOtmThreats(root, targets, notes),
  });
  return { model, skipped: notes };
}

function entries(root: Data, key: string, pool: IdPool): Entry[] {
  return list(root, key).flatMap((item, i) => {
    if (!isRecord(item)) return [];
    const original = text(item, 'id') ?? '';
    const id = pool.take(original, `${key}-${i + 1}`);
    return [{ id, original, source: item, path: `${key}[${i}]` }];
  });
}

function parentZone(
  source: Data,
  zoneIds: ReadonlyMap<string, string>,
): string | undefined {
  const zone = text(record(source, 'parent') ?? {}, 'trustZone');
  return zone === undefined ? undefined : zoneIds.get(zone);
}

function toElement(
  entry: Entry,
  all: readonly Entry[],
  zoneIds: ReadonlyMap<string, string>,
  holders: Map<string, string[]>,
  notes: Problem[],
): ElementInput {
  const { source } = entry;
  const name = toName(text(source, 'name')) ?? entry.id;
  const type = text(source, 'type') ?? '';
  const byType = classify(type);
  const guess =
    type === ''
      ? classify(name)
      : byType.subtype === 'generic'
        ? { kind: byType.kind, subtype: subtypeFor(byType.kind, name) }
        : byType;
  let boundary = parentZone(source, zoneIds);
  const parentComponent = text(record(source, 'parent') ?? {}, 'component');
  if (boundary === undefined && parentComponent !== undefined) {
    const holder = all.find((c) => c.original === parentComponent);
    boundary =
      holder === undefined ? undefined : parentZone(holder.source, zoneIds);
    notes.push({
      path: entry.path,
      message: `sits inside component ${shown(parentComponent)}; placed in that component's trust zone`,
    });
  }
  const held = record(source, 'assets') ?? {};
  for (const asset of [
    ...strings(held, 'processed'),
    ...strings(held, 'stored'),
  ]) {
    holders.set(asset, [...new Set([...(holders.get(asset) ?? []), entry.id])]);
  }

  return {
    id: entry.id,
    name,
    ...guess,
    ...optional('boundary', boundary),
    ...optional('description', toText(text(source, 'description'), 4000)),
    attributes: {
      technologies: strings(source, 'tags')
        .slice(0, 50)
        .map((t) => t.slice(0, 100)),
    },
  };
}

function toFlow(
  entry: Entry,
  componentIds: ReadonlyMap<string, string>,
  assetIds: ReadonlySet<string>,
  notes: Problem[],
): FlowInput[] {
  const { source } = entry;
  const from = componentIds.get(text(source, 'source') ?? '');
  const to = componentIds.get(text(source, 'destination') ?? '');
  if (from === undefined || to === undefined) {
    notes.push({
      path: entry.path,
      message: 'a dataflow whose ends are not both components: skipped',
    });
    return [];
  }

  const label = toName(text(source, 'name'));
  const attributes = record(source, 'attributes') ?? {};
  const encrypted = yesNo(text(attributes, 'Provides Confidentiality'));
  const authenticated = yesNo(text(attributes, 'Destination Authenticated'));
  const assets = strings(source, 'assets').filter((a) => assetIds.has(a));
  return [
    {
      id: entry.id,
      from,
      to,
      ...optional('label', label),
      ...readTransport([label ?? '', ...strings(source, 'tags')].join(' ')),
      ...optional('encrypted', encrypted),
      ...optional('authenticated', authenticated),
      assets,
      bidirectional: source.bidirectional === true,
    },
  ];
}

function toAsset(
  entry: Entry,
  holders: ReadonlyMap<string, string[]>,
): AssetInput {
  const risk = record(entry.source, 'risk') ?? {};
  const confidentiality = num(risk, 'confidentiality');
  return {
    id: entry.id,
    name: toName(text(entry.source, 'name')) ?? entry.id,
    ...optional(
      'classification',
      confidentiality === undefined
        ? undefined
        : (['public', 'internal', 'confidential', 'restricted'] as const)[
            Math.min(3, Math.floor(confidentiality / 25))
          ],
    ),
    ...optional('confidentiality', need(confidentiality)),
    ...optional('integrity', need(num(risk, 'integrity'))),
    ...optional('availability', need(num(risk, 'availability'))),
    storedIn: holders.get(entry.original) ?? [],
    ...optional('description', toText(text(entry.source, 'description'), 4000)),
  };
}

/** OTM rates from 0 to 100. */
function need(score: number | undefined): Need | undefined {
  if (score === undefined) return undefined;
  return score < 34 ? 'low' : score < 67 ? 'medium' : 'high';
}

function yesNo(value: string | undefined): boolean | undefined {
  return value === 'Yes' ? true : value === 'No' ? false : undefined;
}

function optional<K extends string, V>(
  key: K,
  value: V | undefined,
): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
