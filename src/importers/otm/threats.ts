import type { Problem } from '../../model/errors';
import type { Stride } from '../../model/vocabulary';
import { type Data, isRecord, list, text } from '../data/read';
import type { ControlInput } from '../parts';
import { toName, toText } from '../text';

const STRIDE_OF: Readonly<Record<string, Stride>> = {
  spoofing: 'S',
  tampering: 'T',
  repudiation: 'R',
  'information disclosure': 'I',
  'denial of service': 'D',
  'elevation of privilege': 'E',
};

/**
 * OTM threats on components and flows. A mitigation marked implemented on
 * a threat is a defence in place: it becomes a preventive control covering
 * its targets for the threat's STRIDE categories. The threats themselves
 * have no place in the model and are counted in `skipped`.
 */
export function readOtmThreats(
  root: Data,
  targets: readonly {
    readonly id: string;
    readonly source: Data;
    readonly path: string;
  }[],
  notes: Problem[],
): ControlInput[] {
  const threats = byId(list(root, 'threats'));
  const mitigations = byId(list(root, 'mitigations'));
  const controls = new Map<
    string,
    { control: ControlInput; covers: Set<string>; stride: Set<Stride> }
  >();
  let count = 0;
  for (const target of targets) {
    for (const instance of list(target.source, 'threats')) {
      if (!isRecord(instance)) continue;
      count++;
      const threat = threats.get(text(instance, 'threat') ?? '');
      const stride = (threat === undefined ? [] : list(threat, 'categories'))
        .map((c) =>
          typeof c === 'string' ? STRIDE_OF[c.toLowerCase()] : undefined,
        )
        .filter((s): s is Stride => s !== undefined);
      for (const applied of list(instance, 'mitigations')) {
        if (!isRecord(applied) || text(applied, 'state') !== 'implemented')
          continue;
        const id = text(applied, 'mitigation') ?? '';
        const entry = controls.get(id) ?? {
          control: toControl(id, mitigations.get(id)),
          covers: new Set(),
          stride: new Set(),
        };
        entry.covers.add(target.id);
        stride.forEach((s) => entry.stride.add(s));
        controls.set(id, entry);
      }
    }
  }

  if (count > 0) {
    notes.push({
      path: 'threats',
      message: `${count} threats on components and flows are not imported; implemented mitigations became controls`,
    });
  }
  return [...controls.values()].map(({ control, covers, stride }) => ({
    ...control,
    covers: [...covers],
    stride: [...stride],
  }));
}

function toControl(id: string, mitigation: Data | undefined): ControlInput {
  const description =
    mitigation === undefined
      ? undefined
      : toText(text(mitigation, 'description'), 4000);
  return {
    id,
    name:
      toName(mitigation === undefined ? undefined : text(mitigation, 'name')) ??
      id,
    type: 'preventive',
    ...(description === undefined ? {} : { description }),
  };
}

function byId(items: readonly unknown[]): Map<string, Data> {
  const map = new Map<string, Data>();
  for (const item of items) {
    const id = isRecord(item) ? text(item, 'id') : undefined;
    if (id !== undefined && isRecord(item)) map.set(id, item);
  }
  return map;
}
