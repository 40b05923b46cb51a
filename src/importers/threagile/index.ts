import type { Problem } from '../../model/errors';
import {
  classificationRank,
  type Classification,
} from '../../model/vocabulary';
import { parseModel } from '../../model/validate';
import {
  type Data,
  isRecord,
  record,
  recordEntries,
  strings,
  text,
} from '../data/read';
import { IdPool } from '../ids';
import { checkListed } from '../limits';
import type { Imported } from '../imported';
import type { AssetInput, BoundaryInput, ElementInput } from '../parts';
import { keyOf, shown, slugify, toName, toText } from '../text';
import { readTechnical } from './assets';
import {
  CLASSIFICATIONS,
  CONFIDENTIALITY,
  CRITICALITY,
  TOLERANCE,
} from './vocabulary';

/** Parts of a Threagile file the model has no place for, reported by count. */
const UNMAPPED: readonly (readonly [string, string])[] = [
  ['questions', 'questions and answers'],
  ['abuse_cases', 'abuse cases'],
  ['security_requirements', 'security requirements'],
  ['shared_runtimes', 'shared runtimes'],
  ['individual_risk_categories', 'individual risk categories'],
  [
    'risk_tracking',
    'risk tracking entries (the analysis finds its own threats; ' +
      'record accepted or mitigated risks as controls)',
  ],
];

/**
 * Reads a Threagile model: technical assets become elements, communication
 * links flows, trust boundaries (nested as declared) boundaries and data
 * assets assets, with Threagile's ratings mapped onto the model's scales.
 */
export function readThreagile(data: unknown): Imported {
  const root = isRecord(data) ? data : {};
  checkSizes(root);
  const notes: Problem[] = [];
  const dataAssets = recordEntries(root, 'data_assets');
  const assetIds = new Map(
    dataAssets.map(([title, asset]) => [
      text(asset, 'id') ?? slugify(title),
      title,
    ]),
  );
  const technical = readTechnical(
    root,
    new IdPool(),
    new Set(assetIds.keys()),
    notes,
  );
  const boundaries = readBoundaries(
    root,
    technical.ids,
    technical.elements,
    notes,
  );
  const assets = dataAssets.map(([title, asset]) =>
    toAsset(title, asset, technical.holders),
  );
  notes.push(...unmapped(root));

  const model = parseModel({
    schemaVersion: 1,
    system: systemOf(root, assets),
    elements: technical.elements,
    flows: technical.flows,
    boundaries,
    assets,
  });
  return { model, skipped: notes };
}

/** Refuses a file listing more than a model may hold, before mapping it. */
function checkSizes(root: Data): void {
  const technical = recordEntries(root, 'technical_assets');
  const links = technical.reduce(
    (sum, [, asset]) =>
      sum + recordEntries(asset, 'communication_links').length,
    0,
  );
  const boundaries = recordEntries(root, 'trust_boundaries').length;

  checkListed('elements', technical.length, 'technical_assets');
  checkListed('flows', links, 'technical_assets');
  checkListed('boundaries', boundaries, 'trust_boundaries');
}

function systemOf(
  root: Data,
  assets: readonly AssetInput[],
): Record<string, unknown> {
  const overview = record(root, 'business_overview');
  const description = toText(
    (overview && text(overview, 'description')) ??
      text(root, 'management_summary_comment'),
    4000,
  );
  const tolerance = TOLERANCE[text(root, 'business_criticality') ?? ''];
  const sensitivity = assets
    .map((asset) => asset.classification ?? 'internal')
    .sort((a, b) => classificationRank(b) - classificationRank(a))[0];
  return {
    name: toName(text(root, 'title')) ?? 'Threagile model',
    ...(description === undefined ? {} : { description }),
    ...(tolerance === undefined ? {} : { riskTolerance: tolerance }),
    ...(sensitivity === undefined ? {} : { dataSensitivity: sensitivity }),
  };
}

function toAsset(
  title: string,
  asset: Data,
  holders: ReadonlyMap<string, string[]>,
): AssetInput {
  const id = text(asset, 'id') ?? slugify(title);
  const confidentiality = text(asset, 'confidentiality') ?? '';
  const classification: Classification | undefined =
    CLASSIFICATIONS[confidentiality];
  const description = toText(text(asset, 'description'), 4000);
  const integrity = CRITICALITY[text(asset, 'integrity') ?? ''];
  const availability = CRITICALITY[text(asset, 'availability') ?? ''];
  const need = CONFIDENTIALITY[confidentiality];
  return {
    id,
    name: toName(title) ?? id,
    ...(classification === undefined ? {} : { classification }),
    ...(need === undefined ? {} : { confidentiality: need }),
    ...(integrity === undefined ? {} : { integrity }),
    ...(availability === undefined ? {} : { availability }),
    storedIn: holders.get(id) ?? [],
    ...(description === undefined ? {} : { description }),
  };
}

function readBoundaries(
  root: Data,
  ids: ReadonlyMap<string, string>,
  elements: readonly ElementInput[],
  notes: Problem[],
): BoundaryInput[] {
  const byId = new Map(elements.map((element) => [element.id, element]));
  const entries = recordEntries(root, 'trust_boundaries');
  const boundaryIds = new Set(
    entries.map(([title, b]) => text(b, 'id') ?? slugify(title)),
  );
  const parents = new Map<string, string>();
  for (const [title, boundary] of entries) {
    const id = text(boundary, 'id') ?? slugify(title);
    for (const nested of strings(boundary, 'trust_boundaries_nested')) {
      if (boundaryIds.has(nested) && !parents.has(nested))
        parents.set(nested, id);
    }
    for (const inside of strings(boundary, 'technical_assets_inside')) {
      const element = byId.get(ids.get(inside) ?? '');
      if (element === undefined || element.boundary !== undefined) {
        const why =
          element === undefined
            ? 'which is no technical asset'
            : 'already inside another boundary';
        notes.push({
          path: `trust_boundaries.${keyOf(title)}`,
          message: `holds ${shown(inside)}, ${why}: not placed`,
        });
      } else {
        element.boundary = id;
      }
    }
  }

  return entries.map(([title, boundary]) => {
    const id = text(boundary, 'id') ?? slugify(title);
    const description = toText(text(boundary, 'description'), 4000);
    const parent = parents.get(id);
    return {
      id,
      name: toName(title) ?? id,
      ...(parent === undefined ? {} : { parent }),
      ...(description === undefined ? {} : { description }),
    };
  });
}

function unmapped(root: Data): Problem[] {
  return UNMAPPED.flatMap(([key, what]) => {
    const value = root[key];
    const count = isRecord(value)
      ? Object.keys(value).length
      : Array.isArray(value)
        ? value.length
        : 0;
    return count === 0
      ? []
      : [{ path: key, message: `${count} ${what} are not imported` }];
  });
}
