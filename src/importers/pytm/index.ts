import type { Problem } from '../../model/errors';
import { parseModel } from '../../model/validate';
import { subtypeFor } from '../classify';
import {
  type Data,
  flag,
  isRecord,
  list,
  record,
  strings,
  text,
} from '../data/read';
import { optional } from '../fields';
import { IdPool } from '../ids';
import type { Imported } from '../imported';
import type {
  AssetInput,
  BoundaryInput,
  ElementInput,
  FlowInput,
} from '../parts';
import { normalizeProtocol } from '../protocols';
import { describePart, slugify, toName, toText } from '../text';
import {
  CLASSES,
  CLASSIFICATIONS,
  CONFIDENTIALITY,
  CONTROLS,
} from './vocabulary';

/** Names → ids, since pytm's entries refer to each other by name. */
type Names = Map<string, string>;

/**
 * Reads pytm's JSON form of a model: elements, boundaries, data and flows
 * refer to each other by name, so ids are made from names.
 */
export function readPytm(data: unknown): Imported {
  const root = isRecord(data) ? data : {};
  const notes: Problem[] = [];
  const boundaryIds: Names = new Map();
  const boundaries = named(
    root,
    'boundaries',
    boundaryIds,
    (id, name, item) => ({
      id,
      name,
      inBoundary: text(item, 'inBoundary'),
    }),
  ).map(({ id, name, inBoundary }): BoundaryInput => {
    const parent = boundaryIds.get(inBoundary ?? '');
    return {
      id,
      name,
      ...optional('parent', parent === id ? undefined : parent),
    };
  });
  const assetIds: Names = new Map();
  const assets = named(root, 'data', assetIds, toAsset);

  const pool = new IdPool();
  const elementIds: Names = new Map();
  const elements = list(root, 'elements').flatMap((item, i) => {
    const element = isRecord(item)
      ? toElement(item, pool, boundaryIds)
      : undefined;
    if (element === undefined) {
      const message = 'not an element class pytm defines, or no name: skipped';
      notes.push({ path: `elements[${i}]`, message });
      return [];
    }
    elementIds.set(text(item as Data, 'name') ?? element.name, element.id);
    return [element];
  });

  const flows = list(root, 'flows').flatMap((item, i) => {
    if (!isRecord(item)) return [];
    return (
      toFlow(item, `flows[${i}]`, { pool, elementIds, assetIds }, notes) ?? []
    );
  });
  const noted = list(root, 'flows').filter(
    (f) => isRecord(f) && text(f, 'note') !== undefined,
  );
  if (noted.length > 0) {
    const message = `${noted.length} flow notes are not imported: the model has no place for them`;
    notes.push({ path: 'flows', message });
  }

  const model = parseModel({
    schemaVersion: 1,
    system: {
      name: toName(text(root, 'name')) ?? 'pytm model',
      ...optional('description', toText(text(root, 'description'), 4000)),
    },
    elements,
    flows,
    boundaries,
    assets,
  });
  return { model, skipped: notes };
}

/** Entries of a list known by name, each given an id from its name. */
function named<T>(
  root: Data,
  key: string,
  ids: Names,
  build: (id: string, name: string, item: Data) => T,
): T[] {
  const pool = new IdPool();
  return list(root, key).flatMap((item, i) => {
    const name = isRecord(item) ? toName(text(item, 'name')) : undefined;
    if (name === undefined || !isRecord(item)) return [];

    const id = pool.take(slugify(name), `${key}-${i + 1}`);
    ids.set(text(item, 'name') ?? name, id);
    return [build(id, name, item)];
  });
}

function toAsset(id: string, name: string, item: Data): AssetInput {
  const classification = CLASSIFICATIONS[text(item, 'classification') ?? ''];
  if (classification === undefined) return { id, name };
  return {
    id,
    name,
    classification,
    confidentiality: CONFIDENTIALITY[classification],
  };
}

function toElement(
  item: Data,
  pool: IdPool,
  boundaryIds: Names,
): ElementInput | undefined {
  const known = CLASSES[text(item, '__class__') ?? ''];
  const name = toName(text(item, 'name'));
  if (known === undefined || name === undefined) return undefined;

  const [kind, subtype] = known;
  const controls = record(item, 'controls') ?? {};
  const attributes: Record<string, boolean> = {};
  for (const [control, attribute] of Object.entries(CONTROLS)) {
    const value = flag(controls, control);
    if (value !== undefined) attributes[attribute] = value;
  }

  return {
    id: pool.take(slugify(name), `element-${pool.size + 1}`),
    name,
    kind,
    subtype: subtype ?? subtypeFor(kind, name),
    ...optional('boundary', boundaryIds.get(text(item, 'inBoundary') ?? '')),
    ...optional('description', toText(text(item, 'description'), 4000)),
    attributes,
  };
}

interface FlowRefs {
  readonly pool: IdPool;
  readonly elementIds: Names;
  readonly assetIds: Names;
}

function toFlow(
  item: Data,
  path: string,
  refs: FlowRefs,
  notes: Problem[],
): FlowInput | undefined {
  const from = refs.elementIds.get(text(item, 'source') ?? '');
  const to = refs.elementIds.get(text(item, 'sink') ?? '');
  const label = toName(text(item, 'name'));
  if (from === undefined || to === undefined) {
    notes.push({
      path,
      message:
        `${describePart('flow', { name: label, path })} ` +
        'does not join two known elements: skipped',
    });
    return undefined;
  }

  const protocol = text(item, 'protocol');
  const single = text(item, 'data');
  const carried = single === undefined ? strings(item, 'data') : [single];
  return {
    id: refs.pool.take(
      slugify(label ?? '') || `${from}->${to}`,
      `flow-${refs.pool.size + 1}`,
    ),
    from,
    to,
    ...optional('label', label),
    ...(protocol === undefined ? {} : normalizeProtocol(protocol)),
    ...optional('encrypted', flag(item, 'isEncrypted')),
    assets: carried.flatMap((name) => refs.assetIds.get(name) ?? []),
  };
}
