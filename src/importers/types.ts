import type { Problem } from '../model/errors';
import type { ThreatModel } from '../model/schema';

export const IMPORT_FORMATS = [
  'mermaid',
  'model',
  'threat-dragon',
  'threagile',
  'otm',
  'pytm',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export interface ImportResult {
  readonly model: ThreatModel;
  readonly format: ImportFormat;
  /** What could not be mapped, each with where it was and why. */
  readonly skipped: readonly Problem[];
}

export interface ImportOptions {
  /** Names the file in messages, and hints at its format by extension. */
  readonly fileName?: string;
  /** Skips detection. */
  readonly format?: ImportFormat;
}
