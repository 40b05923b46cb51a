import type { Problem } from '../../model/errors';
import type { Stride } from '../../model/vocabulary';
import { type Data, isRecord, list, text } from '../data/read';
import { optional } from '../fields';
import type { ControlInput } from '../parts';
import { strideOf } from '../stride';
import { toName, toText } from '../text';

/** A component or dataflow, by its model id, with what the file says of it. */
export interface Target {
  readonly id: string;
  readonly source: Data;
}

interface Gathered {
  readonly mitigation: Data | undefined;
  readonly covers: Set<string>;
  readonly stride: Set<Stride>;
}

/**
 * OTM threats on components and flows. A mitigation marked implemented on
 * a threat is a defence in place: it becomes a preventive control covering
 * its targets for the threat's STRIDE categories. The threats themselves
 * have no place in the model and are counted in `skipped`.
 */
export function readOtmThreats(
  root: Data,
  targets: readonly Target[],
  notes: Problem[],
): ControlInput[] {
  const threats = byId(list(root, 'threats'));
  const mitigations = byId(list(root, 'mitigations'));
  const gathered = new Map<string, Gathered>();
  let count = 0;
  for (const target of targets) {
    for (const instance of list(target.source, 'threats').filter(isRecord)) {
      count++;
      const threat = threats.get(text(instance, 'threat') ?? '');
      const stride = categories(threat);
      for (const applied of list(instance, 'mitigations').filter(isRecord)) {
        if (text(applied, 'state') !== 'implemented') continue;

        const id = text(applied, 'mitigation') ?? '';
        const entry = gathered.get(id) ?? {
          mitigation: mitigations.get(id),
          covers: new Set<string>(),
          stride: new Set<Stride>(),
        };
        entry.covers.add(target.id);
        stride.forEach((s) => entry.stride.add(s));
        gathered.set(id, entry);
      }
    }
  }

  if (count > 0) {
    const message =
      `${count} threats on components and flows are not imported; ` +
      'implemented mitigations became controls';
    notes.push({ path: 'threats', message });
  }
  return [...gathered].map(([id, entry]) => toControl(id, entry));
}

function categories(threat: Data | undefined): Stride[] {
  const names = threat === undefined ? [] : list(threat, 'categories');
  return names.flatMap((name) => {
    const stride = typeof name === 'string' ? strideOf(name) : undefined;
    return stride === undefined ? [] : [stride];
  });
}

function toControl(
  id: string,
  { mitigation, covers, stride }: Gathered,
): ControlInput {
  const name = mitigation === undefined ? undefined : text(mitigation, 'name');
  const description =
    mitigation === undefined ? undefined : text(mitigation, 'description');
  return {
    id,
    name: toName(name) ?? id,
    type: 'preventive',
    covers: [...covers],
    stride: [...stride],
    ...optional('description', toText(description, 4000)),
  };
}

function byId(items: readonly unknown[]): Map<string, Data> {
  const map = new Map<string, Data>();
  for (const item of items.filter(isRecord)) {
    const id = text(item, 'id');
    if (id !== undefined) map.set(id, item);
  }
  return map;
}
