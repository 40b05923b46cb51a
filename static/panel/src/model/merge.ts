import type { Element, Flow, ThreatModel } from '../../../../src/model/schema';

/**
 * Folds a fresh parse of the diagram text into the model being edited.
 * The diagram and the attribute table both edit the model, so this is a
 * three-way merge per field: a field the text changed since its last
 * parse takes the text's value; any other field keeps the table's. An
 * element or flow the text dropped is dropped; a new one comes as parsed.
 */
export function mergeDiagram(
  lastParse: ThreatModel | null,
  parse: ThreatModel,
  mine: ThreatModel | null,
): ThreatModel {
  if (mine === null) return parse;

  return {
    ...mine,
    elements: parse.elements.map((element) =>
      mergeById(element, lastParse?.elements, mine.elements),
    ),
    flows: parse.flows.map((flow) =>
      mergeById(flow, lastParse?.flows, mine.flows),
    ),
    boundaries: parse.boundaries.map((boundary) =>
      mergeById(boundary, lastParse?.boundaries, mine.boundaries),
    ),
    assets: mine.assets.length > 0 ? mine.assets : parse.assets,
    actors: mine.actors.length > 0 ? mine.actors : parse.actors,
    controls: mine.controls.length > 0 ? mine.controls : parse.controls,
  };
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Fields the text always decides when no earlier parse tells otherwise. */
const DRAWN = new Set(['name', 'boundary', 'from', 'to', 'label', 'parent']);

function mergeById<T extends { readonly id: string }>(
  theirs: T,
  bases: readonly T[] | undefined,
  mines: readonly T[],
): T {
  const mine = mines.find((item) => item.id === theirs.id);
  if (mine === undefined) return theirs;

  const base = bases?.find((item) => item.id === theirs.id);
  return mergeFields(base, theirs, mine);
}

function mergeFields<T extends object>(
  base: T | undefined,
  theirs: T,
  mine: T,
): T {
  const merged: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(theirs), ...Object.keys(mine)]);
  for (const key of keys) {
    if (UNSAFE_KEYS.has(key)) continue;
    const b = base === undefined ? undefined : read(base, key);
    const t = read(theirs, key);
    const m = read(mine, key);
    merged[key] = pick(key, base !== undefined, b, t, m);
  }
  return merged as T;
}

function pick(
  key: string,
  hasBase: boolean,
  base: unknown,
  theirs: unknown,
  mine: unknown,
): unknown {
  if (key === 'attributes' && isObject(theirs) && isObject(mine)) {
    return mergeFields(isObject(base) ? base : undefined, theirs, mine);
  }
  if (!hasBase) return DRAWN.has(key) ? theirs : (mine ?? theirs);
  return sameValue(base, theirs) ? mine : theirs;
}

function read(item: object, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(item, key)
    ? (item as Record<string, unknown>)[key]
    : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Replaces one element, by id, with a patched copy. */
export function patchElement(
  model: ThreatModel,
  id: string,
  patch: (element: Element) => Element,
): ThreatModel {
  return {
    ...model,
    elements: model.elements.map((e) => (e.id === id ? patch(e) : e)),
  };
}

export function patchFlow(
  model: ThreatModel,
  id: string,
  patch: (flow: Flow) => Flow,
): ThreatModel {
  return {
    ...model,
    flows: model.flows.map((f) => (f.id === id ? patch(f) : f)),
  };
}
