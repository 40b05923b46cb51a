import type {
  Rating,
  ResidualRisk,
  Risk,
  TargetRef,
  Threat,
} from '../analysis/types';
import type { Level, Severity } from '../model/vocabulary';
import { Interner, malformed, rowOf } from './wire-table';
import type { WireTexts } from './wire-texts';
import { TextShelf } from './wire-texts';

/**
 * The rows threats and items of a compact analysis share (see wire.ts):
 * targets, actors, ratings and risks, each distinct one once.
 */

/** A rating whose factor names are a row of `factorNames`. */
export interface WireRating {
  readonly score: number;
  readonly level: Level;
  readonly factorNames: number;
  /** The factors' values, in the order of their names. */
  readonly factors: readonly number[];
}

/** A risk whose ratings are rows of `ratings`. */
export interface WireRisk {
  readonly likelihood: number;
  readonly impact: number;
  readonly severity: Severity;
  readonly score: number;
  /** Present on residual risks only. */
  readonly appliedControls?: readonly string[];
}

export interface WireRows {
  readonly targets: readonly TargetRef[];
  readonly actors: readonly Threat['actor'][];
  readonly factorNames: readonly (readonly string[])[];
  readonly ratings: readonly WireRating[];
  readonly risks: readonly WireRisk[];
}

/** The rows of one compact analysis while it is built. */
export class RowBuilder {
  readonly targets = new Interner((target: TargetRef) => target);
  readonly actors = new Interner((actor: Threat['actor']) => actor);
  private readonly names = new Interner((names: string[]) => names);
  private readonly ratings = new Interner(
    ({ factors, ...rest }: Rating): WireRating => ({
      ...rest,
      factorNames: this.names.indexOf(Object.keys(factors)),
      factors: Object.values(factors),
    }),
  );
  readonly risks = new Interner(
    ({ likelihood, impact, ...rest }: Risk | ResidualRisk): WireRisk => ({
      likelihood: this.ratings.indexOf(likelihood),
      impact: this.ratings.indexOf(impact),
      ...rest,
    }),
  );

  /** `texts`: shared by every analysis of one answer, or this one's own. */
  constructor(readonly texts: TextShelf = new TextShelf()) {}

  toWire(): WireRows {
    return {
      targets: this.targets.values,
      actors: this.actors.values,
      factorNames: this.names.values,
      ratings: this.ratings.values,
      risks: this.risks.values,
    };
  }
}

/** What the rows of a compact analysis expand to, by index. */
export interface ExpandedRows {
  readonly targets: readonly TargetRef[];
  readonly actors: readonly Threat['actor'][];
  readonly risks: readonly (Risk | ResidualRisk)[];
  readonly texts: WireTexts;
}

export function expandRows(rows: WireRows, texts: WireTexts): ExpandedRows {
  const ratings = rows.ratings.map((rating, index) =>
    expandRating(rating, rows.factorNames, index),
  );
  const risks = rows.risks.map(({ likelihood, impact, ...rest }) => ({
    likelihood: rowOf(ratings, likelihood, 'ratings'),
    impact: rowOf(ratings, impact, 'ratings'),
    ...rest,
  }));
  return { targets: rows.targets, actors: rows.actors, risks, texts };
}

function expandRating(
  rating: WireRating,
  factorNames: WireRows['factorNames'],
  index: number,
): Rating {
  const { factorNames: namesRow, factors: values, ...rest } = rating;
  const names = rowOf(factorNames, namesRow, 'factorNames');
  if (names.length !== values.length) {
    throw malformed(`ratings[${index}] has ${values.length} factor values`);
  }

  const factors: Record<string, number> = {};
  names.forEach((name, at) => {
    Object.defineProperty(factors, name, {
      value: values[at],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  });
  return { ...rest, factors };
}

/** The residual risk in a row, or an error if the row holds an inherent one. */
export function residualAt(rows: ExpandedRows, index: number): ResidualRisk {
  const risk = rowOf(rows.risks, index, 'risks');
  if (!('appliedControls' in risk)) {
    throw malformed(`risks[${index}] is not a residual risk`);
  }
  return risk;
}

/** The id a threat has unless the form names it: its rule at its target. */
export function threatIdOf(ruleId: string, target: TargetRef): string {
  return `${ruleId}@${target.id}`;
}

/** The key an item has unless the form names it: its mitigation at its target. */
export function itemKeyOf(mitigationId: string, target: TargetRef): string {
  return `${mitigationId}@${target.id}`;
}
