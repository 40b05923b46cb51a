import type { Problem } from '../model/errors';
import type { ThreatModel } from '../model/schema';

/** What one format's importer hands back before the format is named. */
export interface Imported {
  readonly model: ThreatModel;
  readonly skipped: readonly Problem[];
}
