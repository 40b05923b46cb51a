import { importModel } from '../../src/importers';
import { ThreatModelError, type Problem } from '../../src/model/errors';
import type { ThreatModel } from '../../src/model/schema';
import { parseModel } from '../../src/model/validate';

/**
 * The pure engine, run in the browser for live feedback. The resolvers run
 * the same code again on save: this only spares a round trip.
 */
export type Checked =
  | {
      readonly ok: true;
      readonly model: ThreatModel;
      readonly skipped: readonly Problem[];
    }
  | {
      readonly ok: false;
      readonly message: string;
      readonly problems: readonly Problem[];
    };

/** Parses text in any format the importers read, named by its file. */
export function checkText(text: string, fileName: string): Checked {
  try {
    const result = importModel(text, { fileName });
    return { ok: true, model: result.model, skipped: result.skipped };
  } catch (error) {
    return rejected(error);
  }
}

/** Checks a model built in the browser: schema and references. */
export function checkModel(model: unknown): Checked {
  try {
    return { ok: true, model: parseModel(model), skipped: [] };
  } catch (error) {
    return rejected(error);
  }
}

function rejected(error: unknown): Checked {
  if (!(error instanceof ThreatModelError)) {
    return { ok: false, message: 'The text could not be read.', problems: [] };
  }

  const problems =
    error.problems.length === 0 && error.line !== undefined
      ? [{ path: `line ${error.line}`, message: error.message }]
      : error.problems;
  return { ok: false, message: error.message, problems };
}
