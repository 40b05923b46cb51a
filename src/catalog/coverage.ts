import { ELEMENT_KINDS, STRIDE, type Stride } from '../model/vocabulary';
import { PACK_DESCRIPTIONS } from './packs';
import { PACKS, type Catalog, type Pack, type Rule } from './schema';

/** The rows of a coverage table: the three element kinds, then flows. */
const TARGETS = [...ELEMENT_KINDS, 'flow'] as const;
type CoverageTarget = (typeof TARGETS)[number];

/** How to rebuild COVERAGE.md; the coverage test prints it when stale. */
export const COVERAGE_COMMAND =
  'UPDATE_COVERAGE=1 npx jest test/catalog/coverage.test.ts';

/**
 * COVERAGE.md: for each pack, a table of target by STRIDE category with
 * the number of rules that can raise that category on that target. A rule
 * with several categories counts in each; an element rule that names no
 * kinds counts for all three.
 */
export function coverageTable(catalog: Catalog): string {
  const lines = [
    '# Rule coverage',
    '',
    `Generated from the catalog by \`coverageTable\` (src/catalog/coverage.ts);`,
    `do not edit by hand. Rebuild it with \`${COVERAGE_COMMAND}\`.`,
    '',
    'Each cell counts the rules of a pack that can raise that STRIDE',
    'category on that target; a rule with several categories counts in',
    'each, and an element rule that names no kinds counts for all three.',
    'Fallback rules (`fallback: true`) are the catch-alls that keep every',
    'cell covered: they count in the table like any rule, but on a given',
    'target they fire only for a category no other rule raises there.',
    `The catalog has ${catalog.rules.length} rules and`,
    `${catalog.mitigations.length} mitigations.`,
  ];

  for (const pack of PACKS) {
    const rules = catalog.rules.filter((rule) => rule.pack === pack);
    lines.push('', ...packSection(pack, rules));
  }

  return `${lines.join('\n')}\n`;
}

function packSection(pack: Pack, rules: readonly Rule[]): string[] {
  const count = rules.length === 1 ? '1 rule' : `${rules.length} rules`;
  const header = `| target | ${STRIDE.join(' | ')} | rules |`;
  const rule = `| --- | ${STRIDE.map(() => '--:').join(' | ')} | --: |`;
  const rows = TARGETS.map((target) => {
    const applicable = rules.filter((r) => appliesTo(r, target));
    const cells = STRIDE.map((category) => cell(applicable, category));
    return `| ${target} | ${cells.join(' | ')} | ${applicable.length} |`;
  });

  const fallbacks = rules.filter((r) => r.fallback).map((r) => r.id);
  const note =
    fallbacks.length === 0
      ? []
      : ['', `Fallback rules: ${fallbacks.join(', ')}.`];
  return [
    `## ${pack} (${count})`,
    '',
    PACK_DESCRIPTIONS[pack],
    '',
    header,
    rule,
    ...rows,
    ...note,
  ];
}

function appliesTo(rule: Rule, target: CoverageTarget): boolean {
  if (target === 'flow') return rule.target === 'flow';
  if (rule.target === 'flow') return false;
  return rule.elementKinds.length === 0 || rule.elementKinds.includes(target);
}

function cell(rules: readonly Rule[], category: Stride): string {
  const count = rules.filter((rule) => rule.stride.includes(category)).length;
  return count === 0 ? '-' : String(count);
}
