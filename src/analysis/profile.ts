import type { Asset, SystemContext } from '../model/schema';
import {
  CLASSIFICATIONS,
  NEEDS,
  REGULATIONS,
  type Regulation,
} from '../model/vocabulary';

/**
 * What is known about the data at some place: the most sensitive
 * classification and the highest needs of the assets there, and their
 * regulations as a bit set. Fixed-size, so merging the data of many places
 * costs the same however many assets they hold.
 */
export interface DataProfile {
  /** Assets counted into it; 0 means nothing is known. */
  readonly assetCount: number;
  /** Ranks (see CLASSIFICATIONS and NEEDS); -1 with no assets. */
  readonly classification: number;
  readonly confidentiality: number;
  readonly integrity: number;
  readonly availability: number;
  /** Bit i set when REGULATIONS[i] applies. */
  readonly regulations: number;
}

export const NO_DATA: DataProfile = {
  assetCount: 0,
  classification: -1,
  confidentiality: -1,
  integrity: -1,
  availability: -1,
  regulations: 0,
};

export function regulationBits(list: readonly Regulation[]): number {
  let bits = 0;
  for (const regulation of list) {
    const index = REGULATIONS.indexOf(regulation);
    if (index >= 0) bits |= 1 << index;
  }
  return bits;
}

/** The regulations of a bit set, in vocabulary order. */
export function regulationList(bits: number): Regulation[] {
  return REGULATIONS.filter((_, index) => (bits & (1 << index)) !== 0);
}

export function hasRegulation(bits: number, regulation: Regulation): boolean {
  return (bits & regulationBits([regulation])) !== 0;
}

export function profileOfAsset(asset: Asset): DataProfile {
  return {
    assetCount: 1,
    classification: CLASSIFICATIONS.indexOf(asset.classification),
    confidentiality: NEEDS.indexOf(asset.confidentiality),
    integrity: NEEDS.indexOf(asset.integrity),
    availability: NEEDS.indexOf(asset.availability),
    regulations: regulationBits(asset.regulations),
  };
}

export function mergeProfiles(a: DataProfile, b: DataProfile): DataProfile {
  if (b.assetCount === 0) return a;
  if (a.assetCount === 0) return b;

  return {
    assetCount: a.assetCount + b.assetCount,
    classification: Math.max(a.classification, b.classification),
    confidentiality: Math.max(a.confidentiality, b.confidentiality),
    integrity: Math.max(a.integrity, b.integrity),
    availability: Math.max(a.availability, b.availability),
    regulations: a.regulations | b.regulations,
  };
}

/**
 * The profile assumed where no asset is known: a notch below the system's
 * data sensitivity (the system's most sensitive data is rarely everywhere,
 * and a target holding it would name it), medium needs and the system's
 * regulations. It counts as one assumed asset so it is never mistaken for
 * "nothing at stake".
 */
export function assumedProfile(system: SystemContext): DataProfile {
  const medium = NEEDS.indexOf('medium');
  return {
    assetCount: 1,
    classification: Math.max(
      0,
      CLASSIFICATIONS.indexOf(system.dataSensitivity) - 1,
    ),
    confidentiality: medium,
    integrity: medium,
    availability: medium,
    regulations: regulationBits(system.regulations),
  };
}

/**
 * Data a target reaches only through another element (what the stores it
 * writes to hold): a notch less sensitive and less needed, and without
 * its regulations, since the target never handles that data itself.
 */
export function reachedThrough(data: DataProfile): DataProfile {
  if (data.assetCount === 0) return data;

  const notch = (rank: number): number => Math.max(0, rank - 1);
  return {
    assetCount: data.assetCount,
    classification: notch(data.classification),
    confidentiality: notch(data.confidentiality),
    integrity: notch(data.integrity),
    availability: notch(data.availability),
    regulations: 0,
  };
}
