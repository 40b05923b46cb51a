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

type Technical =
  'confidentiality' | 'integrity' | 'availability' | 'accountability';

/** The technical losses each STRIDE category causes. */
function losses(category: Stride): readonly Technical[] {
  switch (category) {
    case 'S':
      return ['confidentiality', 'integrity'];
    case 'T':
      return ['integrity'];
    case 'R':
      return ['accountability'];
    case 'I':
      return ['confidentiality'];
    case 'D':
      return ['availability'];
    case 'E':
      return ['confidentiality', 'integrity'];
  }
}

/** Scores by rank: classification public .. restricted, need low .. high. */
const BY_CLASSIFICATION = [1, 4, 7, 9];
const BY_NEED = [2, 5, 8];
const FINANCIAL_BY_CLASSIFICATION = [1, 2, 4, 6];
const REPUTATION_BY_CLASSIFICATION = [1, 3, 5, 7];
const FINANCIAL = regulationBits(['pci-dss', 'sox', 'glba']);
const STRICT = regulationBits(['pci-dss', 'hipaa', 'gdpr', 'sox', 'fedramp']);
const PRIVACY = regulationBits([
  'pii',
  'gdpr',
  'hipaa',
  'ccpa',
] satisfies Regulation[]);

/**
 * The factors of the data at stake. Confidentiality loss is the higher of
 * the confidentiality need and the classification; accountability loss
 * comes from the target (see signals.ts). Privacy violation counts only
 * for threats that disclose (S, I, E).
 */
export function impactFactors(
  stride: readonly Stride[],
  stake: DataProfile,
  accountability: number,
  systemRegulations: number,
): ImpactFactors {
  const classification = Math.max(0, stake.classification);
  const regulations = stake.regulations | systemRegulations;
  const discloses = stride.some((category) =>
    losses(category).includes('confidentiality'),
  );

  return {
    lossOfConfidentiality: Math.max(
      BY_NEED[stake.confidentiality] ?? 0,
      BY_CLASSIFICATION[classification] ?? 0,
    ),
    lossOfIntegrity: BY_NEED[stake.integrity] ?? 0,
    lossOfAvailability: BY_NEED[stake.availability] ?? 0,
    lossOfAccountability: accountability,
    financialDamage:
      (regulations & FINANCIAL) !== 0
        ? 8
        : (FINANCIAL_BY_CLASSIFICATION[classification] ?? 0),
    reputationDamage: REPUTATION_BY_CLASSIFICATION[classification] ?? 0,
    nonCompliance: regulations === 0 ? 0 : (regulations & STRICT) !== 0 ? 7 : 5,
    privacyViolation: discloses && (regulations & PRIVACY) !== 0 ? 7 : 0,
  };
}

/**
 * Technical impact is the mean of the four losses, those the threat's STRIDE
 * categories cause weighing 3 and the others 1; business impact is the mean
 * of the four business factors. Business impact may raise the technical
 * impact, never lower it, since a model often says little about business.
 */
export function impactScore(
  factors: ImpactFactors,
  stride: readonly Stride[],
): number {
  const caused = new Set(stride.flatMap(losses));
  const weight = (loss: Technical): number => (caused.has(loss) ? 3 : 1);
  const technical =
    (weight('confidentiality') * factors.lossOfConfidentiality +
      weight('integrity') * factors.lossOfIntegrity +
      weight('availability') * factors.lossOfAvailability +
      weight('accountability') * factors.lossOfAccountability) /
    (weight('confidentiality') +
      weight('integrity') +
      weight('availability') +
      weight('accountability'));
  const business =
    (factors.financialDamage +
      factors.reputationDamage +
      factors.nonCompliance +
      factors.privacyViolation) /
    4;
  return round1(Math.max(technical, business));
}
