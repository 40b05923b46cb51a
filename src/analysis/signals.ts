import { readFact } from './facts';
import type { ElementKind } from '../model/vocabulary';
import type { Extent } from './impact';
import type { AnalysisTarget } from './targets';

/**
 * What the risk rating reads off a target, read once per target. For a
 * flow, logging, audit and authentication are the receiver's.
 */
export interface TargetSignals {
  /**
   * How deep the target sits, seen from outside: 0 exposed, up to
   * MAX_LAYERS for one no outside data reaches (see reach.ts). A flow with
   * an external end is at 0, any other at the layer of its deeper end.
   */
  readonly layers: number;
  /** Stated logging (3) and audit trail (1): how much likelier detection is. */
  readonly detection: number;
  /**
   * How traceable an attacker's actions are, on the OWASP accountability
   * scale: 1 with a stated audit trail (fully traceable), 3 with stated
   * logging, 9 exposed and not authenticating (completely anonymous), else
   * 7 (possibly traceable).
   */
  readonly traceability: number;
  /**
   * Callers must authenticate: stated authentication other than none; for
   * a flow, stated authenticated or a receiver that authenticates.
   */
  readonly authenticates: boolean;
  /** How much of the data one attack there reaches (see impact.ts). */
  readonly extent: Extent;
  /** Stated hardening baseline (the receiver's, for a flow). */
  readonly hardened: boolean;
  /** Stated rate limiting (the receiver's, for a flow). */
  readonly rateLimited: boolean;
  /** A flow known to travel in clear (stated, or from its protocol). */
  readonly plaintext: boolean;
  /** Equal for targets whose impact rates the same. */
  readonly impactKey: string;
}

type Seen = Omit<TargetSignals, 'impactKey'>;

/**
 * Reads the signals of targets for one analysis. Targets that look the
 * same share one signals object, so ratings can be cached by it.
 */
export function signalReader(): (target: AnalysisTarget) => TargetSignals {
  const byRank: (TargetSignals | undefined)[] = [];
  const interned = new Map<string, TargetSignals>();

  return (target) => {
    const known = byRank[target.rank];
    if (known !== undefined) return known;

    const seen =
      target.ref.kind === 'flow' ? flowSignals(target) : elementSignals(target);
    const { stake } = target;
    const impactKey = [
      stake.classification,
      stake.confidentiality,
      stake.integrity,
      stake.availability,
      stake.regulations,
      seen.traceability,
      seen.extent,
    ].join('.');
    const key = [
      impactKey,
      seen.layers,
      seen.detection,
      seen.authenticates,
      seen.hardened,
      seen.rateLimited,
      seen.plaintext,
    ].join('|');
    const signals = interned.get(key) ?? { ...seen, impactKey };
    interned.set(key, signals);
    byRank[target.rank] = signals;
    return signals;
  };
}

function elementSignals(target: AnalysisTarget): Seen {
  const fact = (name: string) => readFact(target.facts, name) === true;
  return signalsFrom(target.layers, {
    exposed: fact('exposed'),
    logging: fact('attr.logging'),
    audit: fact('attr.auditTrail'),
    authenticates: fact('authenticates'),
    extent: extentOf(target.elementKind),
    hardened: fact('attr.hardened'),
    rateLimited: fact('attr.rateLimiting'),
    plaintext: false,
  });
}

function flowSignals(target: AnalysisTarget): Seen {
  const fact = (name: string) => readFact(target.facts, name) === true;
  return signalsFrom(target.layers, {
    exposed: fact('fromExternal'),
    logging: fact('target.attr.logging'),
    audit: fact('target.attr.auditTrail'),
    authenticates: fact('authenticated') || fact('target.authenticates'),
    extent: 'flow',
    hardened: fact('target.attr.hardened'),
    rateLimited: fact('target.attr.rateLimiting'),
    plaintext: readFact(target.facts, 'encrypted') === false,
  });
}

function signalsFrom(
  layers: number,
  seen: {
    readonly exposed: boolean;
    readonly logging: boolean;
    readonly audit: boolean;
    readonly authenticates: boolean;
    readonly extent: Extent;
    readonly hardened: boolean;
    readonly rateLimited: boolean;
    readonly plaintext: boolean;
  },
): Seen {
  let traceability = seen.exposed && !seen.authenticates ? 9 : 7;
  if (seen.logging) traceability = 3;
  if (seen.audit) traceability = 1;

  return {
    layers,
    detection: (seen.logging ? 3 : 0) + (seen.audit ? 1 : 0),
    traceability,
    authenticates: seen.authenticates,
    extent: seen.extent,
    hardened: seen.hardened,
    rateLimited: seen.rateLimited,
    plaintext: seen.plaintext,
  };
}

function extentOf(kind: ElementKind | undefined): Extent {
  switch (kind) {
    case 'data-store':
      return 'store';
    case 'external-entity':
      return 'party';
    case 'process':
      return 'process';
    case undefined:
      return 'flow';
  }
}
