import type { Asset, Element, Flow } from '../model/schema';

/**
 * How data moves around each element, gathered in one pass over the flows.
 * A bidirectional flow delivers data both ways, so each end counts as
 * sending to and receiving from the other.
 */
export interface Traffic {
  inbound: number;
  outbound: number;
  /** Some flow delivers data to it from an external entity. */
  fromExternal: boolean;
  /** Some flow delivers data to it across a trust boundary. */
  crossInbound: boolean;
  /** Ids of the assets it stores or that its flows carry. */
  readonly assets: Set<string>;
  /** Ids of the elements it delivers data to. */
  readonly receivers: Set<string>;
}

/**
 * A flow crosses a trust boundary when its ends' innermost boundaries
 * differ, so a flow from a nested boundary out to its parent crosses one.
 */
export function crossesBoundary(from: Element, to: Element): boolean {
  return from.boundary !== to.boundary;
}

export function measureTraffic(
  elements: readonly Element[],
  flows: readonly Flow[],
  assets: readonly Asset[],
): Map<string, Traffic> {
  const traffic = new Map<string, Traffic>();
  const byId = new Map<string, Element>();
  for (const element of elements) {
    byId.set(element.id, element);
    traffic.set(element.id, emptyTraffic());
  }

  for (const asset of assets) {
    for (const holder of asset.storedIn)
      traffic.get(holder)?.assets.add(asset.id);
  }

  for (const flow of flows) {
    const from = byId.get(flow.from);
    const to = byId.get(flow.to);
    if (from === undefined || to === undefined) continue;

    deliver(traffic, from, to, flow);
    if (flow.bidirectional) deliver(traffic, to, from, flow);
  }

  return traffic;
}

function deliver(
  traffic: Map<string, Traffic>,
  sender: Element,
  receiver: Element,
  flow: Flow,
): void {
  const out = traffic.get(sender.id);
  const into = traffic.get(receiver.id);
  if (out === undefined || into === undefined) return;

  out.outbound += 1;
  out.receivers.add(receiver.id);
  into.inbound += 1;
  if (sender.kind === 'external-entity') into.fromExternal = true;
  if (crossesBoundary(sender, receiver)) into.crossInbound = true;

  for (const asset of flow.assets) {
    out.assets.add(asset);
    into.assets.add(asset);
  }
}

export function emptyTraffic(): Traffic {
  return {
    inbound: 0,
    outbound: 0,
    fromExternal: false,
    crossInbound: false,
    assets: new Set(),
    receivers: new Set(),
  };
}
