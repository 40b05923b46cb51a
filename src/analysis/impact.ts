import type { Regulation, Stride } from '../model/vocabulary';
import { regulationBits, type DataProfile } from './profile';
import { round1 } from './severity';

/** The eight OWASP impact factors, 0-9: four technical, four business. */
export type ImpactFactors = {
  readonly lossOfConfidentiality: number;
  readonly lossOfIntegrity: number;
  readonly lossOfAvailability: number;
  readonly lossOfAccountability: number;
  readonly financialDamage: number;
  readonly reputationDamage: number;
  readonly nonCompliance: number;
  readonly privacyViolation: number;
};

/** The technical losses a set of STRIDE categories causes, as bits. */
const CONFIDENTIALITY = 1;
const INTEGRITY = 2;
const AVAILABILITY = 4;
const ACCOUNTABILITY = 8;

function lossesOf(category: Stride): number {
  switch (category) {
    case 'S':
      return CONFIDENTIALITY | INTEGRITY | ACCOUNTABILITY;
    case 'T':
      return INTEGRITY;
    case 'R':
      return ACCOUNTABILITY;
    case 'I':
      return CONFIDENTIALITY;
    case 'D':
      return AVAILABILITY;
    case 'E':
      return CONFIDENTIALITY | INTEGRITY;
  }
}

export function lossBits(stride: readonly Stride[]): number {
  let bits = 0;
  for (const category of stride) bits |= lossesOf(category);
  return bits;
}

/** OWASP's least loss: minimal data, minimal services. */
const MINIMAL = 1;
const CAUSED_WEIGHT = 3;

/** Scores by rank: classification public .. restricted, need low .. high. */
const BY_CLASSIFICATION = [1, 4, 7, 9];
const BY_NEED = [2, 5, 9];

/**
 * Where a threat strikes, which bounds how much of the data one success
 * reaches: a data store gives up all it holds; a process what passes
 * through it, or what the identity an attacker takes there may touch,
 * but all it serves when it stops, and all it writes when tampering is
 * all the threat does (its own logic changed); a flow what travels on it
 * while an attacker holds the path, and one interaction; an external
 * entity (a person or an outside system) its own share.
 */
export type Extent = 'store' | 'process' | 'flow' | 'party';

/**
 * How many points each loss drops below the data's full score at each
 * extent, so that more sensitive data still loses more: from all data
 * (store) to extensive (process) and minimal (flow, party) data on the
 * OWASP scales; privacy: thousands (7), hundreds (5) or one (3) of the
 * people concerned.
 */
const EXTENT: Readonly<
  Record<Extent, Readonly<Record<'c' | 'i' | 'a' | 'privacy', number>>>
> = {
  store: { c: 0, i: 0, a: 0, privacy: 7 },
  process: { c: 2, i: 2, a: 0, privacy: 5 },
  flow: { c: 3, i: 3, a: 4, privacy: 5 },
  party: { c: 3, i: 3, a: 4, privacy: 3 },
};

/** OWASP business scales by classification (public .. restricted). */
const FINANCIAL_BY_CLASSIFICATION = [1, 2, 3, 5];
const REPUTATION_BY_CLASSIFICATION = [1, 2, 4, 6];
const FINANCIAL = regulationBits(['pci-dss', 'sox', 'glba']);
const STRICT = regulationBits(['pci-dss', 'hipaa', 'gdpr', 'sox', 'fedramp']);
/** Regulations of personal data; cardholder data names its cardholder. */
const PRIVACY = regulationBits([
  'pii',
  'gdpr',
  'hipaa',
  'ccpa',
  'pci-dss',
] satisfies Regulation[]);

/**
 * The impact factors of a threat on the data at stake (OWASP Risk
 * Rating). Technical factors are what this threat loses; a property its
 * STRIDE categories leave alone loses the OWASP minimum (1):
 *
 * - confidentiality (lost by I, S, E): the higher of the confidentiality
 *   need and the classification of the data at stake.
 * - integrity (T, S, E) and availability (D): the data's need.
 * - each of those three less what the extent holds back (EXTENT); a
 *   process only tampered with (T) loses the integrity of all it writes.
 * - accountability: how traceable the attacker's actions are there
 *   (`traceability`, see signals.ts), which OWASP asks of every threat;
 *   it is the loss itself for repudiation (R) and spoofing (S).
 *
 * Business factors follow the OWASP scales, from the data's
 * classification and its own regulations (never the whole system's; see
 * assumedProfile for targets with no known data):
 *
 * - financial damage: minor (1) to significant (5) by classification, 2
 *   more for fraud or fines: data under a financial regulation (pci-dss,
 *   sox, glba) disclosed or changed, or data under a strict one
 *   disclosed.
 * - reputation damage: by classification when data is disclosed, a notch
 *   more when that breach must be reported (a strict regulation), a notch
 *   less when nothing is disclosed.
 * - non-compliance: a high-profile violation (7) when data under a strict
 *   regulation is disclosed, a clear one (5) for any other loss of it, a
 *   minor one (2) under a lighter regulation; halved for an outage.
 * - privacy violation: when data under a privacy regulation is
 *   disclosed, as many people as the extent allows.
 * - on an external entity (one party's share) financial and reputation
 *   damage are 2 less and a disclosure is a clear violation, not a
 *   high-profile one.
 */
export function impactFactors(
  stride: readonly Stride[],
  stake: DataProfile,
  traceability: number,
  extent: Extent,
): ImpactFactors {
  const losses = lossBits(stride);
  const classification = Math.max(0, stake.classification);
  const { regulations } = stake;
  const drop = EXTENT[extent];
  const discloses = (losses & CONFIDENTIALITY) !== 0;
  const changes = (losses & (CONFIDENTIALITY | INTEGRITY)) !== 0;
  const need = (rank: number): number => BY_NEED[rank] ?? BY_NEED[1] ?? 5;
  const lost = (bit: number, score: number, less: number): number =>
    (losses & bit) === 0 ? MINIMAL : Math.max(MINIMAL, score - less);
  const tamperingOnly = losses === INTEGRITY && !stride.includes('E');
  const strict = (regulations & STRICT) !== 0;
  const oneParty = extent === 'party';
  const penalised =
    (changes && (regulations & FINANCIAL) !== 0) || (discloses && strict);
  let compliance = regulations === 0 ? 0 : strict ? 5 : 2;
  if (strict && discloses && !oneParty) compliance = 7;
  if (losses === AVAILABILITY) compliance = Math.round(compliance / 2);

  return {
    lossOfConfidentiality: lost(
      CONFIDENTIALITY,
      Math.max(
        need(stake.confidentiality),
        BY_CLASSIFICATION[classification] ?? 0,
      ),
      drop.c,
    ),
    lossOfIntegrity: lost(
      INTEGRITY,
      need(stake.integrity),
      tamperingOnly && extent === 'process' ? 0 : drop.i,
    ),
    lossOfAvailability: lost(AVAILABILITY, need(stake.availability), drop.a),
    lossOfAccountability: traceability,
    financialDamage: Math.max(
      1,
      (FINANCIAL_BY_CLASSIFICATION[classification] ?? 0) +
        (penalised ? 2 : 0) -
        (oneParty ? 2 : 0),
    ),
    reputationDamage: Math.max(
      1,
      (REPUTATION_BY_CLASSIFICATION[classification] ?? 0) +
        (discloses ? (strict ? 1 : 0) : -1) -
        (oneParty ? 2 : 0),
    ),
    nonCompliance: compliance,
    privacyViolation:
      discloses && (regulations & PRIVACY) !== 0 ? drop.privacy : 0,
  };
}

/**
 * Technical impact is the mean of the four technical factors, the losses
 * the threat's STRIDE categories cause weighing 3 and the others 1, so a
 * threat that breaks one property of very sensitive data rates high while
 * one that breaks a property the data barely needs does not; business
 * impact is the mean of the four business factors. Business impact may
 * raise the technical impact, never lower it, since a model often says
 * little about business.
 */
export function impactScore(
  factors: ImpactFactors,
  stride: readonly Stride[],
): number {
  const losses = lossBits(stride);
  let sum = 0;
  let weights = 0;
  const add = (bit: number, value: number): void => {
    const weight = (losses & bit) !== 0 ? CAUSED_WEIGHT : 1;
    sum += weight * value;
    weights += weight;
  };
  add(CONFIDENTIALITY, factors.lossOfConfidentiality);
  add(INTEGRITY, factors.lossOfIntegrity);
  add(AVAILABILITY, factors.lossOfAvailability);
  add(ACCOUNTABILITY, factors.lossOfAccountability);
  const business =
    (factors.financialDamage +
      factors.reputationDamage +
      factors.nonCompliance +
      factors.privacyViolation) /
    4;
  return round1(Math.max(sum / weights, business));
}
