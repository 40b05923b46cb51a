import type { Analysis } from '../analysis/types';
import {
  compactItems,
  expandItemKeys,
  expandItems,
  type WireItems,
} from './wire-items';
import { expandRows, RowBuilder, type WireRows } from './wire-rows';
import { malformed } from './wire-table';
import { TextShelf, type WireTexts } from './wire-texts';
import {
  compactThreats,
  expandThreatIds,
  expandThreats,
  type WireThreats,
} from './wire-threats';

export type { WireItems } from './wire-items';
export type { WireRating, WireRisk, WireRows } from './wire-rows';
export type { MitigationEntry, RuleEntry, WireTexts } from './wire-texts';
export type { WireThreats } from './wire-threats';
export { TextShelf };

/**
 * The compact form in which an Analysis travels from the resolvers to the
 * Custom UI. The full form repeats each rule's and each mitigation's texts
 * in every threat and item, and each rating in every risk: about 40 MB for
 * a model of 1,000 elements, where this form takes under 2 MB. Texts are
 * stored once per rule and mitigation id, targets, actors, ratings and
 * risks once each, and threats and items become columns of what varies,
 * naming those by index. Ids and keys that follow `<rule or mitigation
 * id>@<target id>` are derived. Numbers stay as they are, and
 * `expandAnalysis(compactAnalysis(a))` gives back `a`, key order included.
 */
export const WIRE_VERSION = 1;

export type WireAnalysis = Omit<Analysis, 'threats' | 'mitigations'> &
  WireRows & {
    /** The form's own version: a screen refuses one it does not know. */
    readonly wireVersion: typeof WIRE_VERSION;
    /**
     * The rules' and mitigations' texts. Absent when the answer carrying
     * the analysis holds them for several analyses (see wire-answers.ts).
     */
    readonly texts?: WireTexts;
    readonly threats: WireThreats;
    readonly mitigations: WireItems;
  };

/**
 * `shared`: a shelf that gathers the texts of several analyses, which the
 * caller then sends once beside them; without it the analysis holds its
 * own.
 */
export function compactAnalysis(
  analysis: Analysis,
  shared?: TextShelf,
): WireAnalysis {
  const { threats, mitigations, attackPaths, summary, ...rest } = analysis;
  const rows = new RowBuilder(shared);
  const threatColumns = compactThreats(threats, rows, indexOf(mitigations));
  const itemColumns = compactItems(mitigations, rows, indexOf(threats));

  return {
    wireVersion: WIRE_VERSION,
    ...rest,
    ...(shared === undefined ? { texts: rows.texts.toWire() } : {}),
    ...rows.toWire(),
    threats: threatColumns,
    mitigations: itemColumns,
    attackPaths,
    summary,
  };
}

/** `shared`: the texts sent beside the analysis, if it holds none. */
export function expandAnalysis(
  wire: WireAnalysis,
  shared?: WireTexts,
): Analysis {
  const { wireVersion, texts, targets, actors, ...tail } = wire;
  if ((wireVersion as unknown) !== WIRE_VERSION) {
    throw malformed(`its wire version is not ${WIRE_VERSION}`);
  }
  const known = texts ?? shared;
  if (known === undefined) throw malformed('it has no texts');

  const { factorNames, ratings, risks, ...body } = tail;
  const { threats, mitigations, attackPaths, summary, ...rest } = body;
  const rows = expandRows(
    { targets, actors, factorNames, ratings, risks },
    known,
  );
  const threatIds = expandThreatIds(threats, rows);
  const itemKeys = expandItemKeys(mitigations, rows);

  return {
    ...rest,
    threats: expandThreats(threats, rows, threatIds, itemKeys),
    mitigations: expandItems(mitigations, rows, itemKeys, threatIds),
    attackPaths,
    summary,
  };
}

/** Each id's (or key's) first position in a list. */
function indexOf(
  list: readonly ({ readonly id: string } | { readonly key: string })[],
): ReadonlyMap<string, number> {
  const index = new Map<string, number>();
  list.forEach((entry, at) => {
    const id = 'id' in entry ? entry.id : entry.key;
    if (!index.has(id)) index.set(id, at);
  });
  return index;
}
