import type { Problem } from '../model/errors';
import type {
  Classification,
  ElementKind,
  ElementSubtype,
  Need,
} from '../model/vocabulary';
import { parseModel } from '../model/validate';
import { subtypeFor } from './classify';
import {
  type Data,
  flag,
  isRecord,
  list,
  record,
  strings,
  text,
} from './data/read';
import { IdPool } from './ids';
import type { Imported } from './imported';
import type { AttributesInput, ElementInput, FlowInput } from './parts';
import { normalizeProtocol } from './protocols';
import { shown, slugify, toName, toText } from './text';

/** pytm element classes: kind and, where the class says it, subtype. */
const CLASSES: Readonly<
  Record<string, readonly [ElementKind, ElementSubtype?]>
> = {
  Actor: ['external-entity', 'user'],
  ExternalEntity: ['external-entity', 'external-system'],
  Server: ['process'],
  Process: ['process'],
  SetOfProcesses: ['process'],
  Lambda: ['process', 'function'],
  LLM: ['process', 'ml-model'],
  Agent: ['process', 'ml-model'],
  Datastore: ['data-store'],
};

const CLASSIFICATIONS: Readonly<Record<string, Classification>> = {
  UNKNOWN: 'internal',
  PUBLIC: 'public',
  RESTRICTED: 'internal',
  SENSITIVE: 'confidential',
  SECRET: 'restricted',
  TOP_SECRET: 'restricted',
};

const CONFIDENTIALITY: Readonly<Record<Classification, Need>> = {
  public: 'low',
  internal: 'medium',
  confidential: 'high',
  restricted: 'high',
};

/** pytm controls with a place among the model's security attributes. */
const CONTROLS: Readonly<Record<string, keyof AttributesInput>> = {
  isHardened: 'hardened',
  sanitizesInput: 'inputValidation',
  encodesOutput: 'outputEncoding',
  authorizesSource: 'authorization',
  hasAccessControl: 'authorization',
  isEncryptedAtRest: 'encryptionAtRest',
  usesSecretManager: 'secretsManaged',
};

/**
 * Reads pytm's JSON form of a model: elements, boundaries, data and flows
 * refer to each other by name, so ids are made from names.
 */
export function readPytm(data: unknown): Imported {
  const root = isRecord(data) ? data : {};
  const notes: Problem[] = [];
  const boundaryPool = new IdPool();
  const boundaryIds = new Map<string, string>();
  const boundaries = list(root, 'boundaries').flatMap((item, i) => {
    const name = isRecord(item) ? toName(text(item, 'name')) : undefined;
    if (name === undefined) return [];
    const id = boundaryPool.take(slugify(name), `boundary-${i + 1}`);
    boundaryIds.set(name, id);
    return [{ id, name }];
  });

  const pool = new IdPool();
  const elementIds = new Map<string, string>();
  const elements = list(root, 'elements').flatMap((item, i) => {
    const element = isRecord(item)
      ? toElement(item, pool, boundaryIds)
      : undefined;
    if (element === undefined) {
      notes.push({
        path: `elements[${i}]`,
        message: 'not an element class pytm defines, or no name: skipped',
      });
      return [];
    }
    elementIds.set(text(item as Data, 'name') ?? '', element.id);
    return [element];
  });

  const assetPool = new IdPool();
  const assetIds = new Map<string, string>();
  const assets = list(root, 'data').flatMap((item, i) => {
    const name = isRecord(item) ? toName(text(item, 'name')) : undefined;
    if (name === undefined || !isRecord(item)) return [];
    const id = assetPool.take(slugify(name), `data-${i + 1}`);
    assetIds.set(name, id);
    const classification = CLASSIFICATIONS[text(item, 'classification') ?? ''];
    if (classification === undefined) return [{ id, name }];
    return [
      {
        id,
        name,
        classification,
        confidentiality: CONFIDENTIALITY[classification],
      },
    ];
  });

  const flows = list(root, 'flows').flatMap((item, i) =>
    isRecord(item)
      ? toFlow(item, `flows[${i}]`, pool, elementIds, assetIds, notes)
      : [],
  );
  const noted = list(root, 'flows').filter(
    (f) => isRecord(f) && text(f, 'note') !== undefined,
  );
  if (noted.length > 0) {
    notes.push({
      path: 'flows',
      message: `${noted.length} flow notes are not imported: the model has no place for them`,
    });
  }

  const description = toText(text(root, 'description'), 4000);
  const model = parseModel({
    schemaVersion: 1,
    system: {
      name: toName(text(root, 'name')) ?? 'pytm model',
      ...(description === undefined ? {} : { description }),
    },
    elements,
    flows,
    boundaries,
    assets,
  });
  return { model, skipped: notes };
}

function toElement(
  item: Data,
  pool: IdPool,
  boundaryIds: ReadonlyMap<string, string>,
): ElementInput | undefined {
  const known = CLASSES[text(item, '__class__') ?? ''];
  const name = toName(text(item, 'name'));
  if (known === undefined || name === undefined) return undefined;

  const [kind, subtype] = known;
  const boundary = boundaryIds.get(text(item, 'inBoundary') ?? '');
  const description = toText(text(item, 'description'), 4000);
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
    ...(boundary === undefined ? {} : { boundary }),
    ...(description === undefined ? {} : { description }),
    attributes,
  };
}

function toFlow(
  item: Data,
  path: string,
  pool: IdPool,
  elementIds: ReadonlyMap<string, string>,
  assetIds: ReadonlyMap<string, string>,
  notes: Problem[],
): FlowInput[] {
  const from = elementIds.get(text(item, 'source') ?? '');
  const to = elementIds.get(text(item, 'sink') ?? '');
  const label = toName(text(item, 'name'));
  if (from === undefined || to === undefined) {
    notes.push({
      path,
      message: `flow ${shown(label ?? '')} does not join two known elements: skipped`,
    });
    return [];
  }

  const protocol = text(item, 'protocol');
  const encrypted = flag(item, 'isEncrypted');
  const carried = [
    ...strings(item, 'data'),
    ...(text(item, 'data') === undefined ? [] : [text(item, 'data') ?? '']),
  ];
  return [
    {
      id: pool.take(
        slugify(label ?? '') || `${from}->${to}`,
        `flow-${pool.size + 1}`,
      ),
      from,
      to,
      ...(label === undefined ? {} : { label }),
      ...(protocol === undefined ? {} : normalizeProtocol(protocol)),
      ...(encrypted === undefined ? {} : { encrypted }),
      assets: carried.flatMap((name) => {
        const id = assetIds.get(name);
        return id === undefined ? [] : [id];
      }),
    },
  ];
}
