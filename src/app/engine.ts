import { analyze } from '../analysis';
import type { Analysis } from '../analysis/types';
import type { Catalog } from '../catalog/schema';
import { importModel } from '../importers';
import type { Problem } from '../model/errors';
import type { ThreatModel } from '../model/schema';

/**
 * The pure engine as the use cases call it. A port only so tests can hand
 * it a small catalog; on Forge it is the real engine with the built-in one.
 */
export interface Engine {
  analyze(model: ThreatModel, implemented: readonly string[]): Analysis;
  importModel(
    text: string,
    fileName: string,
  ): { model: ThreatModel; format: string; skipped: readonly Problem[] };
}

export function createEngine(catalog?: Catalog): Engine {
  return {
    analyze: (model, implemented) =>
      analyze(
        model,
        catalog === undefined ? { implemented } : { implemented, catalog },
      ),
    importModel: (text, fileName) => importModel(text, { fileName }),
  };
}
