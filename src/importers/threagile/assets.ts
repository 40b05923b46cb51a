import type { Problem } from '../../model/errors';
import type {
  AuthenticationMethod,
  ElementKind,
  ElementSubtype,
} from '../../model/vocabulary';
import { classify, subtypeFor } from '../classify';
import { type Data, flag, recordEntries, strings, text } from '../data/read';
import type { IdPool } from '../ids';
import type { ElementInput, FlowInput } from '../parts';
import { shown, slugify, toName, toText } from '../text';
import {
  AUTHENTICATION,
  AUTHENTICATION_STRENGTH,
  KINDS,
  STORE_SUBTYPES,
  TECHNOLOGIES,
  linkProtocol,
} from './vocabulary';

export interface Technical {
  readonly elements: ElementInput[];
  readonly flows: FlowInput[];
  /** Threagile technical asset id → element id. */
  readonly ids: Map<string, string>;
  /** Data asset id → ids of the elements that process or store it. */
  readonly holders: Map<string, string[]>;
}

/**
 * Technical assets become elements and their communication links flows.
 * A link's authentication and authorization also describe its target:
 * the target authenticates its callers as its weakest inbound link does,
 * and authorizes them when every inbound link does.
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
  const entries = recordEntries(root, 'technical_assets');
  for (const [title, asset] of entries) {
    const source = text(asset, 'id') ?? slugify(title);
    out.ids.set(
      source,
      pool.take(source, `element-${out.elements.length + 1}`),
    );
  }

  const inbound = new Map<string, Data[]>();
  for (const [title, asset] of entries) {
    const source = text(asset, 'id') ?? slugify(title);
    const id = out.ids.get(source) ?? source;
    out.elements.push(toElement(title, asset, id, notes));
    for (const held of [
      ...strings(asset, 'data_assets_processed'),
      ...strings(asset, 'data_assets_stored'),
    ]) {
      const holders = out.holders.get(held) ?? [];
      if (!holders.includes(id)) holders.push(id);
      out.holders.set(held, holders);
    }

    for (const [linkTitle, link] of recordEntries(
      asset,
      'communication_links',
    )) {
      const path = `technical_assets.${title}.communication_links.${linkTitle}`;
      const target = out.ids.get(text(link, 'target') ?? '');
      if (target === undefined) {
        notes.push({
          path,
          message: `link to ${shown(text(link, 'target') ?? '')}, which is no technical asset: skipped`,
        });
        continue;
      }
      out.flows.push(
        toFlow(linkTitle, link, id, target, pool, dataAssets, notes, path),
      );
      inbound.set(target, [...(inbound.get(target) ?? []), link]);
    }
  }

  for (const element of out.elements) {
    element.attributes = {
      ...element.attributes,
      ...guarded(inbound.get(element.id) ?? []),
    };
  }
  return out;
}

function toElement(
  title: string,
  asset: Data,
  id: string,
  notes: Problem[],
): ElementInput {
  const name = toName(title) ?? id;
  const kind = KINDS[text(asset, 'type') ?? ''] ?? classify(name).kind;
  const technology = text(asset, 'technology') ?? '';
  const description = toText(text(asset, 'description'), 4000);
  const encryption = text(asset, 'encryption');
  const internet = flag(asset, 'internet');
  if (flag(asset, 'out_of_scope') === true) {
    notes.push({
      path: `technical_assets.${title}`,
      message: `${shown(name)} is out of scope in Threagile; the model has no scope, so it is analysed`,
    });
  }

  return {
    id,
    name,
    kind,
    subtype: subtypeOf(kind, technology, name),
    ...(description === undefined ? {} : { description }),
    attributes: {
      ...(internet === undefined ? {} : { internetFacing: internet }),
      ...(encryption === undefined || kind === 'external-entity'
        ? {}
        : { encryptionAtRest: encryption !== 'none' }),
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

function toFlow(
  title: string,
  link: Data,
  from: string,
  to: string,
  pool: IdPool,
  dataAssets: ReadonlySet<string>,
  notes: Problem[],
  path: string,
): FlowInput {
  const sent = strings(link, 'data_assets_sent');
  const received = strings(link, 'data_assets_received');
  const carried = [...new Set([...sent, ...received])];
  const unknown = carried.filter((asset) => !dataAssets.has(asset));
  if (unknown.length > 0)
    notes.push({
      path,
      message: `names data assets the model lacks (${unknown.slice(0, 3).map(shown).join(', ')}): left off the flow`,
    });

  const protocol = text(link, 'protocol');
  const transport = protocol === undefined ? {} : linkProtocol(protocol);
  const authentication = text(link, 'authentication');
  const label = toName(title);
  return {
    id: pool.take(`${from}>${slugify(title)}`, `flow-${pool.size + 1}`),
    from,
    to,
    ...(label === undefined ? {} : { label }),
    ...transport,
    ...(flag(link, 'vpn') === true ? { encrypted: true } : {}),
    ...(authentication === undefined
      ? {}
      : { authenticated: authentication !== 'none' }),
    assets: carried.filter((asset) => dataAssets.has(asset)),
    bidirectional: received.length > 0,
  };
}

/** What the inbound links say about how a target checks its callers. */
function guarded(links: readonly Data[]): {
  authentication?: AuthenticationMethod;
  authorization?: boolean;
} {
  const methods = links.map(
    (link) => AUTHENTICATION[text(link, 'authentication') ?? ''],
  );
  const weakest = methods.every((m) => m !== undefined)
    ? methods.sort(
        (a, b) =>
          AUTHENTICATION_STRENGTH.indexOf(a) -
          AUTHENTICATION_STRENGTH.indexOf(b),
      )[0]
    : undefined;
  const rules = links.map((link) => text(link, 'authorization'));
  const authorization =
    rules.length === 0 || rules.includes(undefined)
      ? undefined
      : !rules.includes('none');
  return {
    ...(weakest === undefined ? {} : { authentication: weakest }),
    ...(authorization === undefined ? {} : { authorization }),
  };
}
