import { readFact } from './facts';
import type { AnalysisTarget } from './targets';

/**
 * What the risk rating reads off a target, read once per target. For a
 * flow, exposure is a sender that is an external entity, and logging,
 * audit and authentication are the receiver's.
 */
export interface TargetSignals {
  /**
   * How much easier the target is to reach: 2 when exposed (internet
   * facing or fed by an external entity), 1 for any other entry point
   * (fed across a trust boundary), else 0.
   */
  readonly reach: 0 | 1 | 2;
  /** Stated logging (3) and audit trail (1): how much likelier detection is. */
  readonly detection: number;
  /**
   * OWASP loss of accountability: 1 with a stated audit trail, 5 with
   * stated logging, 9 exposed and not authenticating, else 7.
   */
  readonly accountability: number;
  /** Equal for targets whose impact rates the same: stake and accountability. */
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
      seen.accountability,
    ].join('.');
    const key = `${impactKey}|${seen.reach}|${seen.detection}`;
    const signals = interned.get(key) ?? { ...seen, impactKey };
    interned.set(key, signals);
    byRank[target.rank] = signals;
    return signals;
  };
}

function elementSignals(target: AnalysisTarget): Seen {
  const fact = (name: string) => readFact(target.facts, name) === true;
  return signalsFrom({
    exposed: fact('exposed'),
    entry: fact('entryPoint'),
    logging: fact('attr.logging'),
    audit: fact('attr.auditTrail'),
    authenticates: fact('authenticates'),
  });
}

function flowSignals(target: AnalysisTarget): Seen {
  const fact = (name: string) => readFact(target.facts, name) === true;
  return signalsFrom({
    exposed: fact('fromExternal'),
    entry: fact('crossesBoundary'),
    logging: fact('target.attr.logging'),
    audit: fact('target.attr.auditTrail'),
    authenticates: fact('authenticated') || fact('target.authenticates'),
  });
}

function signalsFrom(seen: {
  readonly exposed: boolean;
  readonly entry: boolean;
  readonly logging: boolean;
  readonly audit: boolean;
  readonly authenticates: boolean;
}): Seen {
  let accountability = seen.exposed && !seen.authenticates ? 9 : 7;
  if (seen.logging) accountability = 5;
  if (seen.audit) accountability = 1;

  return {
    reach: seen.exposed ? 2 : seen.entry ? 1 : 0,
    detection: (seen.logging ? 3 : 0) + (seen.audit ? 1 : 0),
    accountability,
  };
}
