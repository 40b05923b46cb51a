import type { Problem } from '../../model/errors';
import type { ElementKind } from '../../model/vocabulary';
import { flag, text } from '../data/read';
import { subtypeFor } from '../classify';
import type { AttributesInput, ElementInput, FlowInput } from '../parts';
import { normalizeProtocol } from '../protocols';
import { toName, toText } from '../text';
import type { Cell, ElementType } from './cells';

type ElementCell = Extract<Cell, { kind: ElementType }>;
type FlowCell = Extract<Cell, { kind: 'flow' }>;

const KINDS: Readonly<Record<ElementType, ElementKind>> = {
  actor: 'external-entity',
  process: 'process',
  store: 'data-store',
};

const PRIVILEGED = /\b(admin\w*|root|system|elevated|high|privileged|full)\b/i;
const UNPRIVILEGED = /\b(limited|low|user|restricted|none|least)\b/i;

/**
 * An actor, process or store. Threat Dragon's flags map to the model where
 * it has a place: `providesAuthentication` makes an identity provider,
 * `isWebApplication` a web application, `isALog` a log store,
 * `storesCredentials` a secret store (unless the name says more),
 * `isEncrypted` encryption at rest, and `privilegeLevel` privilege.
 */
export function toElement(
  cell: ElementCell,
  id: string,
  notes: Problem[],
): ElementInput {
  const kind = KINDS[cell.kind];
  const name = toName(cell.name) ?? `Unnamed ${cell.kind} ${id.slice(0, 8)}`;
  const description = toText(text(cell.props, 'description'), 4000);
  if (flag(cell.props, 'outOfScope') === true) {
    notes.push({
      path: cell.path,
      message: `${name} is marked out of scope; the model has no scope, so it is analysed`,
    });
  }

  return {
    id,
    name,
    kind,
    subtype: subtypeOf(cell, kind, name),
    ...(description === undefined ? {} : { description }),
    attributes: attributesOf(cell, notes),
  };
}

function subtypeOf(
  cell: ElementCell,
  kind: ElementKind,
  name: string,
): ElementInput['subtype'] {
  const props = cell.props;
  if (cell.kind === 'actor' && flag(props, 'providesAuthentication') === true)
    return 'identity-provider';
  if (cell.kind === 'process' && flag(props, 'isWebApplication') === true)
    return 'web-application';
  if (cell.kind === 'store' && flag(props, 'isALog') === true)
    return 'log-store';

  const named = subtypeFor(kind, name);
  if (
    cell.kind === 'store' &&
    named === 'generic' &&
    flag(props, 'storesCredentials') === true
  ) {
    return 'secret-store';
  }
  return named;
}

function attributesOf(cell: ElementCell, notes: Problem[]): AttributesInput {
  const attributes: AttributesInput = {};
  const encrypted = flag(cell.props, 'isEncrypted');
  if (cell.kind === 'store' && encrypted !== undefined)
    attributes.encryptionAtRest = encrypted;

  const level = text(cell.props, 'privilegeLevel')?.trim() ?? '';
  if (cell.kind !== 'process' || level === '') return attributes;
  if (PRIVILEGED.test(level)) attributes.privileged = true;
  else if (UNPRIVILEGED.test(level)) attributes.privileged = false;
  else
    notes.push({
      path: `${cell.path}.privilegeLevel`,
      message:
        'a privilege level that says neither high nor limited: not mapped',
    });
  return attributes;
}

/** A flow: its name is the label; `protocol`, `isEncrypted` and `isBidirectional` as stated. */
export function toFlow(
  cell: FlowCell,
  id: string,
  from: string,
  to: string,
  notes: Problem[],
): FlowInput {
  const label = toName(cell.name);
  const protocol = text(cell.props, 'protocol');
  const transport = protocol === undefined ? {} : normalizeProtocol(protocol);
  const encrypted = flag(cell.props, 'isEncrypted');
  if (flag(cell.props, 'outOfScope') === true) {
    notes.push({
      path: cell.path,
      message:
        'flow marked out of scope; the model has no scope, so it is analysed',
    });
  }

  return {
    id,
    from,
    to,
    ...(label === undefined ? {} : { label }),
    ...transport,
    ...(encrypted === undefined ? {} : { encrypted }),
    bidirectional: flag(cell.props, 'isBidirectional') ?? false,
  };
}
