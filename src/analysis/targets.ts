import type { Asset, Element, Flow, ThreatModel } from '../model/schema';
import type { ElementKind } from '../model/vocabulary';
import { elementFacts, flowFacts, systemFacts, type FactRecord } from './facts';
import {
  assumedProfile,
  mergeProfiles,
  NO_DATA,
  profileOfAsset,
  reachedThrough,
  regulationBits,
  type DataProfile,
} from './profile';
import { byId } from './order';
import { layerOf, measureLayers } from './reach';
import { emptyTraffic, measureTraffic } from './traffic';
import type { TargetRef } from './types';

/**
 * Everything the analysis needs about each element and flow, computed once
 * per model in linear time: its facts and the data an attack on it puts at
 * stake. Targets are sorted by id, so nothing downstream depends on the
 * order the model lists them in.
 */
export interface AnalysisTarget {
  readonly ref: TargetRef;
  /** The element kind; undefined for a flow. */
  readonly elementKind: ElementKind | undefined;
  readonly facts: FactRecord;
  /**
   * The data at stake: assets it holds or carries, those stored by the
   * elements it delivers data to (one hop; for an element, a notch lower,
   * see reachedThrough); assumed a notch below the
   * system's data sensitivity when none is known (see assumedProfile).
   */
  readonly stake: DataProfile;
  /** How deep it sits, seen from outside (see reach.ts and signals.ts). */
  readonly layers: number;
  /** Its place among all elements and flows in id order. */
  readonly rank: number;
}

export interface ModelTargets {
  readonly elements: readonly AnalysisTarget[];
  readonly flows: readonly AnalysisTarget[];
  readonly byId: ReadonlyMap<string, AnalysisTarget>;
}

// TODO: widen the stake beyond one hop once attack paths feed back into impact.
export function buildTargets(model: ThreatModel): ModelTargets {
  const elements = [...model.elements].sort(byId);
  const flows = [...model.flows].sort(byId);
  const [elementRanks, flowRanks] = mergedRanks(elements, flows);
  const elementById = new Map(elements.map((element) => [element.id, element]));
  const assetById = new Map(model.assets.map((asset) => [asset.id, asset]));
  const system = systemFacts(model.system);
  const systemRegulations = regulationBits(model.system.regulations);
  const assumed = assumedProfile(model.system);
  const traffic = measureTraffic(elements, flows, model.assets);
  const layers = measureLayers(elements, flows);
  const stored = storedProfiles(model.assets);
  const storedAt = (id: string): DataProfile => stored.get(id) ?? NO_DATA;
  const orAssumed = (data: DataProfile): DataProfile =>
    data.assetCount > 0 ? data : assumed;

  const elementTargets = elements.map((element, index): AnalysisTarget => {
    const moves = traffic.get(element.id) ?? emptyTraffic();
    const data = profileOf(moves.assets, assetById);
    let stake = data;
    for (const receiver of moves.receivers) {
      stake = mergeProfiles(stake, reachedThrough(storedAt(receiver)));
    }
    const own = elementFacts(element, moves, data, systemRegulations);
    return {
      ref: { kind: 'element', id: element.id, name: element.name },
      elementKind: element.kind,
      facts: { own, system },
      stake: orAssumed(stake),
      layers: layerOf(layers, element.id),
      rank: elementRanks[index] ?? 0,
    };
  });

  const ownFacts = new Map(elementTargets.map((t) => [t.ref.id, t.facts.own]));
  const flowTargets = flows.map((flow, index): AnalysisTarget => {
    const from = elementById.get(flow.from);
    const to = elementById.get(flow.to);
    const data = profileOf(flow.assets, assetById);
    let stake = mergeProfiles(data, storedAt(flow.to));
    if (flow.bidirectional) stake = mergeProfiles(stake, storedAt(flow.from));
    return {
      ref: { kind: 'flow', id: flow.id, name: flowName(flow, from, to) },
      elementKind: undefined,
      facts: {
        own: flowFacts(flow, { from, to }, data, systemRegulations),
        system,
        source: ownFacts.get(flow.from),
        target: ownFacts.get(flow.to),
      },
      stake: orAssumed(stake),
      layers: flowLayers(layers, from, to),
      rank: flowRanks[index] ?? 0,
    };
  });

  const all = [...elementTargets, ...flowTargets];
  return {
    elements: elementTargets,
    flows: flowTargets,
    byId: new Map(all.map((target) => [target.ref.id, target])),
  };
}

function storedProfiles(assets: readonly Asset[]): Map<string, DataProfile> {
  const profiles = new Map<string, DataProfile>();
  for (const asset of assets) {
    const data = profileOfAsset(asset);
    for (const holder of asset.storedIn) {
      profiles.set(
        holder,
        mergeProfiles(profiles.get(holder) ?? NO_DATA, data),
      );
    }
  }
  return profiles;
}

/** The data of some assets, each counted once. */
function profileOf(
  ids: ReadonlySet<string> | readonly string[],
  assetById: ReadonlyMap<string, Asset>,
): DataProfile {
  const unique: Iterable<string> =
    isList(ids) && ids.length > 1 ? new Set(ids) : ids;
  let data = NO_DATA;
  for (const id of unique) {
    const asset = assetById.get(id);
    if (asset !== undefined) data = mergeProfiles(data, profileOfAsset(asset));
  }
  return data;
}

function isList(
  ids: ReadonlySet<string> | readonly string[],
): ids is readonly string[] {
  return !(ids instanceof Set);
}

/**
 * The place of each element and each flow among all of them in id order,
 * merging the two lists already sorted by id.
 */
function mergedRanks(
  elements: readonly Element[],
  flows: readonly Flow[],
): [number[], number[]] {
  const elementRanks = new Array<number>(elements.length);
  const flowRanks = new Array<number>(flows.length);
  let e = 0;
  let f = 0;
  for (let rank = 0; rank < elements.length + flows.length; rank += 1) {
    const element = elements[e];
    const flow = flows[f];
    if (
      flow === undefined ||
      (element !== undefined && byId(element, flow) <= 0)
    ) {
      elementRanks[e] = rank;
      e += 1;
    } else {
      flowRanks[f] = rank;
      f += 1;
    }
  }
  return [elementRanks, flowRanks];
}

/** `Customer Browser → Load Balancer (HTTPS)`: its ends, then its label. */
function flowName(flow: Flow, from?: Element, to?: Element): string {
  const label = flow.label?.trim() ?? '';
  const parts = [from?.name ?? flow.from, ' → ', to?.name ?? flow.to];
  if (label !== '') parts.push(' (', label, ')');
  return parts.join('');
}

/**
 * A flow with an external end runs over networks outsiders reach, so it
 * is at layer 0; any other is as deep as its deeper end.
 */
function flowLayers(
  layers: ReadonlyMap<string, number>,
  from?: Element,
  to?: Element,
): number {
  if (from === undefined || to === undefined) return 0;
  if (from.kind === 'external-entity' || to.kind === 'external-entity')
    return 0;
  return Math.max(layerOf(layers, from.id), layerOf(layers, to.id));
}
