import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ThreatModelError } from '../../src/model';

/** The shared corpus of real files from other tools, beside the repository. */
export const CORPUS = path.join(__dirname, '../../../shared/corpus');

export const FIXTURES = path.join(__dirname, '../fixtures/importers');

export function corpusFile(name: string): string {
  return readFileSync(path.join(CORPUS, name), 'utf8');
}

export function fixture(name: string): string {
  return readFileSync(path.join(FIXTURES, name), 'utf8');
}

/** The ThreatModelError a call throws; fails the test when it throws nothing else. */
export function thrown(call: () => unknown): ThreatModelError {
  try {
    call();
  } catch (error) {
    if (error instanceof ThreatModelError) return error;
    throw error;
  }
  throw new Error('expected a ThreatModelError');
}
