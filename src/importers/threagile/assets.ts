import type { Problem } from '../../model/errors';
import type { ElementKind, ElementSubtype } from '../../model/vocabulary';
import { classify, subtypeFor } from '../classify';
import { type Data, flag, recordEntries, strings, text } from '../data/read';
import { optional } from '../fields';
import type { IdPool } from '../ids';
import type { ElementInput, FlowInput } from '../parts';
import { keyOf, shown, slugify, toName, toText } from '../text';
import { guardOf, toFlow } from './links';
import { KINDS, STORE_SUBTYPES, TECHNOLOGIES } from './vocabulary';

export interface Technical {
  readonly elements: ElementInput[];
  readonly flows: FlowInput[];
  /** Threagile technical asset id → element id. */
  readonly ids: Map<string, string>;
  /** Data asset id → ids of the elements that process or store it. */
  readonly holders: Map<string, string[]>;
}

/**
 * Technical assets become elements and their communication links flows;
 * the links into an element also say how it authenticates and authorizes.
 */
export function readTechnical(
  root: Data,
  pool: IdPool,
  dataAssets: ReadonlySet<string>,
  notes: Problem[],
): Technical {
  const out: Technical = {
    elements: [],
    flows: [],
    ids: new Map(),
    holders: new Map(),
  };
  const entries = recordEntries(root, 'technical_assets').map(
    ([title, asset]) =>
      [title, asset, text(asset, 'id') ?? slugify(title)] as const,
  );
  for (const [, , source] of entries) {
    out.ids.set(source, pool.take(source, `element-${out.ids.size + 1}`));
  }

  const inbound = new Map<string, Data[]>();
  for (const [title, asset, source] of entries) {
    const id = out.ids.get(source) ?? source;
    out.elements.push(toElement(title, asset, id, notes));
    hold(out.holders, id, asset);
    for (const [linkTitle, link] of recordEntries(
      asset,
      'communication_links',
    )) {
      const path = `technical_assets.${keyOf(title)}.communication_links.${keyOf(linkTitle)}`;
      const target = out.ids.get(text(link, 'target') ?? '');
      if (target === undefined) {
        const named = shown(text(link, 'target') ?? '');
        notes.push({
          path,
          message: `link to ${named}: no such technical asset, skipped`,
        });
        continue;
      }
      out.flows.push(
        toFlow(
          linkTitle,
          link,
          { from: id, to: target, path },
          pool,
          dataAssets,
          notes,
        ),
      );
      inbound.set(target, [...(inbound.get(target) ?? []), link]);
    }
  }

  for (const element of out.elements) {
    element.attributes = {
      ...element.attributes,
      ...guardOf(inbound.get(element.id) ?? []),
    };
  }
  return out;
}

function hold(holders: Map<string, string[]>, id: string, asset: Data): void {
  const held = [
    ...strings(asset, 'data_assets_processed'),
    ...strings(asset, 'data_assets_stored'),
  ];
  for (const dataAsset of held) {
    const list = holders.get(dataAsset) ?? [];
    if (!list.includes(id)) list.push(id);
    holders.set(dataAsset, list);
  }
}

function toElement(
  title: string,
  asset: Data,
  id: string,
  notes: Problem[],
): ElementInput {
  const name = toName(title) ?? id;
  const kind = KINDS[text(asset, 'type') ?? ''] ?? classify(name).kind;
  const encryption = text(asset, 'encryption');
  if (flag(asset, 'out_of_scope') === true) {
    const message = `${shown(name)} is out of scope in Threagile; the model has no scope: analysed`;
    notes.push({ path: `technical_assets.${keyOf(title)}`, message });
  }

  return {
    id,
    name,
    kind,
    subtype: subtypeOf(kind, text(asset, 'technology') ?? '', name),
    ...optional('description', toText(text(asset, 'description'), 4000)),
    attributes: {
      ...optional('internetFacing', flag(asset, 'internet')),
      ...optional(
        'encryptionAtRest',
        encryption === undefined || kind === 'external-entity'
          ? undefined
          : encryption !== 'none',
      ),
      technologies: strings(asset, 'tags')
        .slice(0, 50)
        .map((tag) => tag.slice(0, 100)),
    },
  };
}

/** The technology's subtype when it suits the kind; else a guess from the name. */
function subtypeOf(
  kind: ElementKind,
  technology: string,
  name: string,
): ElementSubtype {
  const subtype = TECHNOLOGIES[technology];
  if (
    subtype !== undefined &&
    STORE_SUBTYPES.has(subtype) === (kind === 'data-store')
  ) {
    return subtype;
  }
  return subtypeFor(kind, `${name} ${technology.replace(/-/g, ' ')}`);
}
