import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/analysis';
import type { Analysis, Threat } from '../../src/analysis/types';
import { builtInCatalog } from '../../src/catalog';
import { importModel } from '../../src/importers';
import type { ThreatModel } from '../../src/model/schema';
import {
  severityRank,
  type Severity,
  type Stride,
} from '../../src/model/vocabulary';

export function analyzeExample(file: string): {
  model: ThreatModel;
  analysis: Analysis;
} {
  const path = join(__dirname, '..', '..', 'examples', file);
  const { model } = importModel(readFileSync(path, 'utf8'), { fileName: path });
  return { model, analysis: analyze(model, { catalog: builtInCatalog() }) };
}

export interface Expected {
  readonly stride: Stride;
  readonly target: string;
  /** What the threat is about, matched against its title. */
  readonly about: RegExp;
  /** The least inherent severity it must have. */
  readonly atLeast: Severity;
}

/** The threats on that target, of that category, about that subject. */
export function matching(analysis: Analysis, expected: Expected): Threat[] {
  return analysis.threats.filter(
    (threat) =>
      threat.target.id === expected.target &&
      threat.stride.includes(expected.stride) &&
      expected.about.test(threat.title),
  );
}

export function isAtLeast(threat: Threat, severity: Severity): boolean {
  return severityRank(threat.inherent.severity) >= severityRank(severity);
}
