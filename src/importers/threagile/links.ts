import type { Problem } from '../../model/errors';
import type { AuthenticationMethod } from '../../model/vocabulary';
import { type Data, flag, strings, text } from '../data/read';
import { optional } from '../fields';
import type { IdPool } from '../ids';
import type { FlowInput } from '../parts';
import { shown, slugify, toName } from '../text';
import {
  AUTHENTICATION,
  AUTHENTICATION_STRENGTH,
  linkProtocol,
} from './vocabulary';

export interface LinkEnds {
  readonly from: string;
  readonly to: string;
  readonly path: string;
}

/**
 * A communication link as a flow, named `source>link-title` as Threagile
 * names it in risk ids. A VPN encrypts whatever runs inside it; data
 * received back makes the flow bidirectional.
 */
export function toFlow(
  title: string,
  link: Data,
  ends: LinkEnds,
  pool: IdPool,
  dataAssets: ReadonlySet<string>,
  notes: Problem[],
): FlowInput {
  const received = strings(link, 'data_assets_received');
  const carried = [
    ...new Set([...strings(link, 'data_assets_sent'), ...received]),
  ];
  const unknown = carried.filter((asset) => !dataAssets.has(asset));
  if (unknown.length > 0) {
    const names = unknown.slice(0, 3).map(shown).join(', ');
    notes.push({
      path: ends.path,
      message: `names data assets that do not exist (${names}): left off`,
    });
  }

  const protocol = text(link, 'protocol');
  const authentication = text(link, 'authentication');
  return {
    id: pool.take(`${ends.from}>${slugify(title)}`, `flow-${pool.size + 1}`),
    from: ends.from,
    to: ends.to,
    ...optional('label', toName(title)),
    ...(protocol === undefined ? {} : linkProtocol(protocol)),
    ...(flag(link, 'vpn') === true ? { encrypted: true } : {}),
    ...optional(
      'authenticated',
      authentication === undefined ? undefined : authentication !== 'none',
    ),
    assets: carried.filter((asset) => dataAssets.has(asset)),
    bidirectional: received.length > 0,
  };
}

/**
 * What the links into an element say about how it checks its callers: it
 * authenticates them as its weakest inbound link does, and authorizes them
 * when every inbound link does. Silent when any link does not say.
 */
export function guardOf(links: readonly Data[]): {
  authentication?: AuthenticationMethod;
  authorization?: boolean;
} {
  const methods = links.flatMap(
    (link) => AUTHENTICATION[text(link, 'authentication') ?? ''] ?? [],
  );
  const rank = (method: AuthenticationMethod) =>
    AUTHENTICATION_STRENGTH.indexOf(method);
  const weakest =
    methods.length === links.length
      ? methods.sort((a, b) => rank(a) - rank(b))[0]
      : undefined;
  const rules = links.flatMap((link) => text(link, 'authorization') ?? []);
  const authorization =
    rules.length === links.length && rules.length > 0
      ? !rules.includes('none')
      : undefined;
  return {
    ...optional('authentication', weakest),
    ...optional('authorization', authorization),
  };
}
