import type { ThreatModel } from '../model/schema';
import type { RevisionEntry } from './contract';

/**
 * How many elements and flows one revision added, removed or changed,
 * matched by id. Only counts leave this function: history never holds
 * model text.
 */
export function countChanges(
  before: ThreatModel | null,
  after: ThreatModel,
): RevisionEntry['change'] {
  const old = byId(before);
  const next = byId(after);
  let added = 0;
  let changed = 0;

  for (const [id, text] of next) {
    const previous = old.get(id);
    if (previous === undefined) added++;
    else if (previous !== text) changed++;
  }
  const removed = [...old.keys()].filter((id) => !next.has(id)).length;

  return { added, removed, changed };
}

function byId(model: ThreatModel | null): Map<string, string> {
  const ids = new Map<string, string>();
  if (model === null) return ids;

  for (const element of model.elements) {
    ids.set(`element:${element.id}`, JSON.stringify(element));
  }
  for (const flow of model.flows) {
    ids.set(`flow:${flow.id}`, JSON.stringify(flow));
  }
  return ids;
}
