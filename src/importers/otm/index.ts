import type { Problem } from '../../model/errors';
import { parseModel } from '../../model/validate';
import { isRecord, record, text } from '../data/read';
import { optional } from '../fields';
import { IdPool } from '../ids';
import type { Imported } from '../imported';
import type { BoundaryInput, FlowInput } from '../parts';
import { toName, toText } from '../text';
import {
  entries,
  holdersOf,
  toAsset,
  toElement,
  toFlow,
  zoneOf,
} from './entries';
import { readOtmThreats } from './threats';

/**
 * Reads an Open Threat Model (JSON or YAML): trust zones become
 * boundaries, components elements (their kind guessed from their type and
 * name), dataflows flows and assets assets, with OTM's 0 to 100 ratings
 * mapped onto low, medium and high. Representations (layout) are not read.
 */
export function readOtm(data: unknown): Imported {
  const root = isRecord(data) ? data : {};
  const notes: Problem[] = [];
  const pool = new IdPool();
  const zones = entries(root, 'trustZones', new IdPool());
  const components = entries(root, 'components', pool);
  const dataflows = entries(root, 'dataflows', pool);
  const assetEntries = entries(root, 'assets', new IdPool());
  const refs = {
    zones: new Map(zones.map((z) => [z.original, z.id])),
    components: new Map(components.map((c) => [c.original, c])),
    assets: new Map(assetEntries.map((a) => [a.original, a.id])),
  };

  const boundaries = zones.map((zone): BoundaryInput => ({
    id: zone.id,
    name: toName(text(zone.source, 'name')) ?? zone.id,
    ...optional('parent', zoneOf(zone.source, refs.zones)),
    ...optional('description', toText(text(zone.source, 'description'), 4000)),
  }));
  const elements = components.map((c) => toElement(c, refs, notes));
  const holders = holdersOf(components);
  const flows: FlowInput[] = [];
  const flowing = dataflows.filter((entry) => {
    const flow = toFlow(entry, refs, notes);
    if (flow !== undefined) flows.push(flow);
    return flow !== undefined;
  });

  const project = record(root, 'project') ?? {};
  const model = parseModel({
    schemaVersion: 1,
    system: {
      name: toName(text(project, 'name')) ?? 'Open Threat Model',
      ...optional('description', toText(text(project, 'description'), 4000)),
    },
    elements,
    flows,
    boundaries,
    assets: assetEntries.map((a) => toAsset(a, holders)),
    controls: readOtmThreats(root, [...components, ...flowing], notes),
  });
  return { model, skipped: notes };
}
