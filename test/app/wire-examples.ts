import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analysis';
import type { Analysis } from '../../src/analysis/types';
import {
  compactAnalysis,
  expandAnalysis,
  type WireAnalysis,
} from '../../src/app/wire';
import { importModel } from '../../src/importers';

/** The analysis of a file in examples/, with `implemented` keys done. */
export function exampleAnalysis(
  file: string,
  implemented: readonly string[] = [],
): Analysis {
  const text = readFileSync(join(__dirname, '../../examples', file), 'utf8');
  return analyze(importModel(text, { fileName: file }).model, { implemented });
}

/** Through compaction, JSON and expansion, as a resolver answer travels. */
export function travel(analysis: Analysis): Analysis {
  const sent = JSON.stringify(compactAnalysis(analysis));
  return expandAnalysis(JSON.parse(sent) as WireAnalysis);
}
